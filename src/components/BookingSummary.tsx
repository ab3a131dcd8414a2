import { getTranslations } from 'next-intl/server'
import { parseTreatment, type FormResult } from '@/booking/formResult'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { priceWords } from '@/booking/priceWords'
import { formatClock, formatDayDate } from '@/utilities/format'
import summaryList from './SummaryList.module.css'
import styles from './BookingSummary.module.css'
import { WhatsAppButton } from './WhatsAppButton'
import { legalPaths, retentionDays } from './menuLinks'
import { getSiteSettings } from '@/queries/siteSettings'

/** The words of a stored request: treatment, when, price — for the page, calendar and chat. */
export async function requestWords(locale: Locale, result: FormResult) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: 'Booking' }),
    getTranslations({ locale, namespace: 'Common' }),
  ])
  const { values, stored } = result
  const minutes = stored?.durationMinutes ?? parseTreatment(values.treatment).durationMinutes
  const treatment = stored?.serviceName
    ? [stored.serviceName, minutes ? common('duration', { minutes }) : null]
        .filter(Boolean)
        .join(' · ')
    : t('summaryUndecided')
  const when = /^\d{4}-\d{2}-\d{2}$/.test(values.preferredDate)
    ? t('whenValue', {
        date: formatDayDate(values.preferredDate, locale),
        time: formatClock(values.preferredTime, locale),
      })
    : ''
  const price = stored ? priceWords(locale, stored) : null
  const length = minutes ? common('duration', { minutes }) : null
  return { treatment, when, price, length }
}

/** The request as the guest keeps it: reference, what, when, with whom, the price, what next. */
export async function BookingSummary({
  locale,
  result,
  token,
}: {
  locale: Locale
  result: FormResult
  token: string
}) {
  const [t, wa, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Booking' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getSiteSettings(locale),
  ])
  const legal = await legalPaths(locale, settings)
  const { values, stored } = result
  const { treatment, when, price, length } = await requestWords(locale, result)
  const details = [
    stored?.serviceName,
    length,
    when,
    stored?.promoCode ? wa('requestCode', { code: stored.promoCode }) : null,
  ].filter(Boolean)
  return (
    <div className={styles.summary} role="status" data-testid="booking-success">
      <h1>{t('successTitle', { name: values.name.trim() })}</h1>
      <p>{t('successBody')}</p>
      {values.email && <p>{t('successEmail', { email: values.email })}</p>}
      <h2>{t('summaryHeading')}</h2>
      <dl className={summaryList.list}>
        {stored?.reference && (
          <>
            <dt>{t('summaryReference')}</dt>
            <dd className={styles.reference} data-testid="booking-reference">
              {stored.reference}
            </dd>
          </>
        )}
        <dt>{t('summaryTreatment')}</dt>
        <dd>{treatment}</dd>
        <dt>{t('summaryWhen')}</dt>
        <dd>{when}</dd>
        {stored && (
          <>
            <dt>{t('summaryTherapist')}</dt>
            <dd>{stored.therapistName ?? t('therapistAny')}</dd>
          </>
        )}
        {price && (
          <>
            <dt>{t('summaryPrice')}</dt>
            <dd data-testid="booking-summary-price">{price}</dd>
          </>
        )}
        <dt>{t('summaryPhone')}</dt>
        <dd>{values.phone}</dd>
      </dl>
      {stored?.reference && (
        <p>{t('nextSteps', { minutes: stored.replyWithinMinutes, reference: stored.reference })}</p>
      )}
      <p className={styles.privacy} data-testid="booking-privacy">
        {t.rich('privacyAfter', {
          days: retentionDays(settings),
          privacy: (words) => (legal.privacy ? <a href={legal.privacy}>{words}</a> : words),
        })}
      </p>
      <p className="actions">
        {stored?.reference && (
          <a
            className="button"
            href={`/api/inquiries/calendar/${token}`}
            download={`${stored.reference}.ics`}
            data-testid="add-to-calendar"
          >
            {t('addToCalendar')}
          </a>
        )}
        <WhatsAppButton
          locale={locale}
          className="button button--secondary"
          label={stored?.reference ? t('followUpWhatsApp') : undefined}
          message={
            stored?.reference
              ? wa('request', { reference: stored.reference, details: details.join(', ') })
              : undefined
          }
        />
        <a className="button button--secondary" href={pathFor(locale, '/book')}>
          {t('anotherRequest')}
        </a>
      </p>
    </div>
  )
}
