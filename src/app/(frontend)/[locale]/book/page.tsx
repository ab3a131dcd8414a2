import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { BookingSection } from '@/components/BookingSection'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import { WhatsAppButton } from '@/components/WhatsAppButton'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listingMetadata } from '@/seo/pageMetadata'
import styles from './BookPage.module.css'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return listingMetadata(locale, (code) => pathFor(code, '/book'), {
    title: 'bookTitle',
    description: 'bookDescription',
  })
}

/** Booking's first step (treatment, then free times), WhatsApp beside it. Cached like every public page. */
export default async function BookPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Booking' })
  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/book')} current="book">
      <div className="section section--first narrow">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('pageTitle'), path: pathFor(locale, '/book') }]}
        />
        <h1>{t('pageTitle')}</h1>
        <p className={`lead ${styles.lead}`}>{t('pageIntro')}</p>
        <section aria-labelledby="form-heading" className={`booking-panel ${styles.panel}`}>
          <h2 id="form-heading">{t('formHeading')}</h2>
          <BookingSection locale={locale} />
        </section>
        {/* Below the form: text that rewraps when the web font arrives moves nothing above it. */}
        <p>{t('whatsappFirst')}</p>
        <p>
          <WhatsAppButton locale={locale} />
        </p>
        <p className="muted">{t('pageHow')}</p>
      </div>
    </PageShell>
  )
}
