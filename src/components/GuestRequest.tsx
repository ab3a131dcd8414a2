import { getTranslations } from 'next-intl/server'
import { CANCELLABLE } from '@/collections/Inquiries/endpoints/cancelByGuest'
import type { Locale } from '@/i18n/locales'
import type { GuestRequestView } from '@/queries/guestRequest'
import { priceWords } from '@/booking/priceWords'
import { formatClock, formatDayDate } from '@/utilities/format'
import summaryList from './SummaryList.module.css'
import styles from './BookingSummary.module.css'
import { WhatsAppButton } from './WhatsAppButton'

/** A guest's request from their email link: its status, the facts, and a way to cancel it. */
export async function GuestRequest({
  locale,
  request,
  token,
}: {
  locale: Locale
  request: GuestRequestView
  token: string
}) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: 'Booking' }),
    getTranslations({ locale, namespace: 'Common' }),
  ])
  const status = request.status ?? 'new'
  const treatment = [
    request.serviceName ?? t('summaryUndecided'),
    request.durationMinutes ? common('duration', { minutes: request.durationMinutes }) : null,
  ]
    .filter(Boolean)
    .join(' · ')
  const price = priceWords(locale, request)
  return (
    <div className={styles.summary} data-testid="guest-request">
      <h1>{t('requestTitle', { reference: request.reference ?? '' })}</h1>
      <p data-testid="guest-request-status">{t(`requestStatus.${status}`)}</p>
      {request.declineReason ? (
        <p data-testid="guest-request-reason">
          {t('requestReason', { reason: request.declineReason })}
        </p>
      ) : null}
      <dl className={summaryList.list}>
        <dt>{t('summaryTreatment')}</dt>
        <dd>{treatment}</dd>
        <dt>{t('summaryWhen')}</dt>
        <dd>
          {t('whenValue', {
            date: formatDayDate(request.preferredDate, locale),
            time: formatClock(request.preferredTime, locale),
          })}
        </dd>
        <dt>{t('summaryTherapist')}</dt>
        <dd>{request.therapistName ?? t('therapistAny')}</dd>
        {price && (
          <>
            <dt>{t('summaryPrice')}</dt>
            <dd>{price}</dd>
          </>
        )}
      </dl>
      {CANCELLABLE.includes(status) && (
        <form method="post" action="/api/inquiries/cancel" data-testid="guest-cancel">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <p id="cancel-hint">{t('cancelHint')}</p>
          <button type="submit" className="button button--secondary" aria-describedby="cancel-hint">
            {t('cancelButton')}
          </button>
        </form>
      )}
      <p className="actions">
        <WhatsAppButton locale={locale} className="button button--secondary" />
      </p>
    </div>
  )
}
