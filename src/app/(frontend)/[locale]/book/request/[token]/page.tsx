import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { openGuestLink } from '@/booking/guestLink'
import { PageShell } from '@/components/PageShell'
import { GuestRequest } from '@/components/GuestRequest'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { readGuestRequest } from '@/queries/guestRequest'

type Props = { params: Promise<{ locale: Locale; token: string }> }

// A guest's own request, opened from the signed link in their email: never cached or indexed.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return { title: t('bookResultTitle'), robots: { index: false, follow: false } }
}

export default async function GuestRequestPage({ params }: Props) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const id = openGuestLink(decodeURIComponent(token))
  const request = id ? await readGuestRequest(id, locale) : null
  const t = await getTranslations({ locale, namespace: 'Booking' })
  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/book')} current="book">
      <div className="section section--first narrow">
        {request ? (
          <GuestRequest locale={locale} request={request} token={decodeURIComponent(token)} />
        ) : (
          <>
            <h1>{t('pageTitle')}</h1>
            <p className="notice" data-testid="guest-link-expired">
              {t('linkExpired')}
            </p>
            <p>
              <a className="button" href={pathFor(locale, '/book')}>
                {t('anotherRequest')}
              </a>
            </p>
          </>
        )}
      </div>
    </PageShell>
  )
}
