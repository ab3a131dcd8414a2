import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { openResult, parseTreatment } from '@/booking/formResult'
import { BookingPlanner } from '@/components/BookingPlanner'
import { BookingSummary } from '@/components/BookingSummary'
import { BookingSection } from '@/components/BookingSection'
import { PageShell } from '@/components/PageShell'
import { WhatsAppButton } from '@/components/WhatsAppButton'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { planBooking } from '@/queries/bookingPlan'

type Props = { params: Promise<{ locale: Locale; result: string }> }

// One page per form post: never cached, never indexed. It reads only its own address.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return { title: t('bookResultTitle'), robots: { index: false, follow: false } }
}

/** The outcome of a booking form post: the request summed up, or the form with what to fix. */
export default async function BookingResultPage({ params }: Props) {
  const { locale, result: token } = await params
  setRequestLocale(locale)
  const result = openResult(token)
  const t = await getTranslations({ locale, namespace: 'Booking' })
  if (result?.status === 'sent') {
    return (
      <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/book')} current="book">
        <div className="section section--first narrow">
          <BookingSummary locale={locale} result={result} token={token} />
        </div>
      </PageShell>
    )
  }
  const values = result?.values
  const { service, durationMinutes } = parseTreatment(values?.treatment ?? '')
  const plan = values
    ? await planBooking(locale, {
        service,
        duration: durationMinutes,
        therapist: values.therapist || undefined,
        promo: values.promoCode || undefined,
        date: values.preferredDate || undefined,
      })
    : null
  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/book')} current="book">
      <div className="section section--first narrow">
        <h1>{result ? t('errorTitle') : t('pageTitle')}</h1>
        {result?.status === 'limited' && (
          <p>
            <WhatsAppButton locale={locale} />
          </p>
        )}
        {plan && values ? (
          <BookingPlanner
            locale={locale}
            plan={plan}
            values={values}
            errors={result?.errors}
            formError={result?.formError}
          />
        ) : (
          <>
            <p className="notice">{t('expired')}</p>
            <section aria-label={t('formHeading')} className="booking-panel">
              <BookingSection locale={locale} />
            </section>
          </>
        )}
      </div>
    </PageShell>
  )
}
