import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { openResult, parseTreatment, type FormResult } from '@/booking/formResult'
import { bookableServices } from '@/components/BookingSection'
import { BookingForm } from '@/components/BookingForm'
import { PageShell } from '@/components/PageShell'
import { WhatsAppButton } from '@/components/WhatsAppButton'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { formatClock, formatDayDate } from '@/utilities/format'
import { jakartaToday } from '@/utilities/jakartaTime'
import { emptyValues } from '@/booking/formResult'
import summaryList from '@/components/SummaryList.module.css'

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
  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/book')} current="book">
      <div className="section section--first narrow">
        {result?.status === 'sent' ? (
          <Summary locale={locale} result={result} />
        ) : (
          <>
            <h1>{result ? t('errorTitle') : t('pageTitle')}</h1>
            {!result && <p className="notice">{t('expired')}</p>}
            {result?.status === 'limited' && (
              <p>
                <WhatsAppButton locale={locale} />
              </p>
            )}
            <section aria-label={t('formHeading')} className="booking-panel">
              <BookingForm
                locale={locale}
                services={await bookableServices(locale)}
                values={result?.values ?? emptyValues()}
                errors={result?.errors}
                formError={result?.formError}
                minDate={jakartaToday().isoDate}
              />
            </section>
          </>
        )}
      </div>
    </PageShell>
  )
}

async function Summary({ locale, result }: { locale: Locale; result: FormResult }) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: 'Booking' }),
    getTranslations({ locale, namespace: 'Common' }),
  ])
  const { values } = result
  const { service: serviceId, durationMinutes } = parseTreatment(values.treatment)
  const service = (await bookableServices(locale)).find((entry) => entry.id === serviceId)
  const treatment = service
    ? [service.name, durationMinutes ? common('duration', { minutes: durationMinutes }) : null]
        .filter(Boolean)
        .join(' · ')
    : t('summaryUndecided')
  const when = /^\d{4}-\d{2}-\d{2}$/.test(values.preferredDate)
    ? `${formatDayDate(values.preferredDate, locale)}, ${formatClock(values.preferredTime, locale)} WIB`
    : ''
  return (
    <div className="notice notice--success" role="status" data-testid="booking-success">
      <h1>{t('successTitle', { name: values.name.trim() })}</h1>
      <p>{t('successBody')}</p>
      {values.email && <p>{t('successEmail', { email: values.email })}</p>}
      <h2>{t('summaryHeading')}</h2>
      <dl className={summaryList.list}>
        <dt>{t('summaryTreatment')}</dt>
        <dd>{treatment}</dd>
        <dt>{t('summaryWhen')}</dt>
        <dd>{when}</dd>
        <dt>{t('summaryPhone')}</dt>
        <dd>{values.phone}</dd>
      </dl>
      <p className="actions">
        <WhatsAppButton locale={locale} />
        <a className="button button--secondary" href={pathFor(locale, '/book')}>
          {t('anotherRequest')}
        </a>
      </p>
    </div>
  )
}
