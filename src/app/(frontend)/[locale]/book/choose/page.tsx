import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { readBookingQuery, type SearchParams } from '@/booking/bookingQuery'
import { BookingPlanner } from '@/components/BookingPlanner'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { planBooking } from '@/queries/bookingPlan'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

// Free times change with every request stored: this page (the booking address with choices in
// it, see bookingRewrites) is rendered for each visit and never cached or indexed.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return {
    title: t('bookTitle'),
    robots: { index: false, follow: false },
    alternates: { canonical: pathFor(locale, '/book') },
  }
}

export default async function BookingChoicesPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, plan] = await Promise.all([
    getTranslations({ locale, namespace: 'Booking' }),
    planBooking(locale, readBookingQuery(await searchParams)),
  ])
  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/book')} current="book">
      <div className="section section--first narrow">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('pageTitle'), path: pathFor(locale, '/book') }]}
        />
        <h1>{t('pageTitle')}</h1>
        <BookingPlanner locale={locale} plan={plan} />
      </div>
    </PageShell>
  )
}
