import { NEXT_STATUSES, STATUS_LABELS, type InquiryStatus } from '@/collections/Inquiries/status'
import {
  ageWords,
  durationWords,
  isOverdue,
  minutesSince,
  readablePhone,
  shortDay,
  shownPrice,
} from '@/booking/frontDesk'
import type { Locale } from '@/i18n/locales'
import type { DeskRow } from '@/queries/frontDesk'
import { formatClock, formatIdr, formatJakartaClock } from '@/utilities/format'
import { DeskActions } from './DeskActions'
import { actionText, type DeskText } from './text'
import styles from './FrontDesk.module.css'

export type RowProps = {
  row: DeskRow
  locale: Locale
  text: DeskText
  replyWithinMinutes: number
  now: Date
  /** In the waiting list, rows of several days: each says its day. */
  withDay?: boolean
}

/** One request on the board: when, what, who, its state, and the desk's next taps. */
export function BoardRow({ row, locale, text, replyWithinMinutes, now, withDay }: RowProps) {
  const status = (row.status ?? 'new') as InquiryStatus
  const age = ageWords(minutesSince(row.createdAt, now), locale)
  const overdue = isOverdue(row, replyWithinMinutes, now)
  const price = shownPrice(row)
  const treatment = [
    row.treatment,
    row.durationMinutes ? durationWords(row.durationMinutes, locale) : null,
  ]
    .filter(Boolean)
    .join(' ')
  const closed = status === 'declined' || status === 'cancelled' || status === 'noshow'
  const handled =
    status === 'new'
      ? null
      : row.handledByName
        ? text.by(row.handledByName, formatJakartaClock(row.handledAt ?? row.createdAt, locale))
        : status === 'cancelled'
          ? text.byGuest
          : null
  return (
    <li
      className={`${styles.row} ${status === 'new' ? styles.rowNew : ''} ${closed ? styles.rowClosed : ''}`}
      data-testid="board-row"
      data-status={status}
    >
      <div className={styles.rowHead}>
        <span className={styles.time}>
          {withDay ? `${shortDay(row.preferredDate, locale)} · ` : ''}
          {formatClock(row.preferredTime, locale)}
        </span>
        <span
          className={`${styles.chip} ${styles[`status_${status}`] ?? ''}`}
          data-testid="board-status"
        >
          {STATUS_LABELS[status][locale]}
        </span>
        <span className={styles.chip} title={text.language}>
          {(row.replyLanguage ?? 'en').toUpperCase()}
        </span>
        {row.reference ? <span className={styles.reference}>{row.reference}</span> : null}
      </div>
      <p className={styles.what}>
        <a href={`/admin/collections/inquiries/${row.id}`} data-testid="board-open">
          {row.name ?? row.reference ?? text.guest}
        </a>
        {treatment ? ` · ${treatment}` : ''}
        {price !== null ? ` · ${formatIdr(price, locale)}` : ''}
        {row.promoCode ? ` (${row.promoCode})` : ''}
      </p>
      <p className={styles.meta}>
        {row.therapist ?? text.anyTherapist}
        {row.room ? ` · ${text.room} ${row.room}` : ''}
        {row.phone ? ` · ${readablePhone(row.phone)}` : ''}
        {' · '}
        {text.received(age)}
        {handled ? (
          <>
            {' · '}
            <span data-testid="board-handled">{handled}</span>
          </>
        ) : null}
      </p>
      {overdue ? (
        <p className={styles.overdue} data-testid="board-overdue">
          {text.overdue(age, replyWithinMinutes)}
        </p>
      ) : null}
      {closed && status === 'declined' && row.declineReason ? (
        <p className={styles.meta}>{row.declineReason}</p>
      ) : null}
      {!closed || NEXT_STATUSES[status].length ? (
        <DeskActions row={row} text={actionText(text)} after="refresh" />
      ) : null}
    </li>
  )
}
