import type { UIFieldServerComponent } from 'payload'
import { hasRole, type Role } from '@/access/roles'
import { readablePhone, ticketSummary } from '@/booking/frontDesk'
import { STATUS_LABELS, type InquiryStatus } from '@/collections/Inquiries/status'
import { readTicket } from '@/queries/frontDesk'
import { formatJakartaClock } from '@/utilities/format'
import { DeskActions } from './FrontDesk/DeskActions'
import { actionText, DESK_TEXT } from './FrontDesk/text'
import styles from './FrontDesk/FrontDesk.module.css'

/**
 * The top of a booking request: one summary line, the guest's details as text with Call and
 * WhatsApp, and the next status as one tap (a bar at the bottom of a phone's screen).
 */
export const InquiryTicket: UIFieldServerComponent = async ({ id, req }) => {
  const language = req.i18n.language === 'id' ? 'id' : 'en'
  const text = DESK_TEXT[language]
  if (id === undefined) return null
  const row = await readTicket(
    { payload: req.payload, user: req.user, locale: language },
    String(id),
  )
  if (!row) return null
  const status = (row.status ?? 'new') as InquiryStatus
  const handles = hasRole(req.user as { roles?: Role[] } | null, 'admin', 'frontdesk')
  return (
    <section className={styles.ticket} aria-label={text.ticket} data-testid="inquiry-ticket">
      <p className={styles.summary} data-testid="ticket-summary">
        {ticketSummary(row, row.treatment, language, text.repliesIn)}
      </p>
      <dl className={styles.details}>
        <dt>{text.guest}</dt>
        <dd>{[row.name, row.reference].filter(Boolean).join(' · ')}</dd>
        {row.phone ? (
          <>
            <dt>WhatsApp</dt>
            <dd>
              <a href={`tel:${row.phone}`} data-testid="ticket-phone">
                {readablePhone(row.phone)}
              </a>
            </dd>
          </>
        ) : null}
        {row.email ? (
          <>
            <dt>{text.email}</dt>
            <dd>
              <a href={`mailto:${row.email}`}>{row.email}</a>
            </dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd data-testid="ticket-status">
          {STATUS_LABELS[status][language]}
          {row.handledByName && status !== 'new'
            ? ` · ${text.by(row.handledByName, formatJakartaClock(row.handledAt ?? row.createdAt, language))}`
            : ''}
        </dd>
        {handles ? (
          <>
            <dt>{text.message}</dt>
            <dd className={styles.messageText}>{row.message || text.noMessage}</dd>
          </>
        ) : null}
      </dl>
      {handles ? <DeskActions row={row} text={actionText(text)} after="reload" sticky /> : null}
    </section>
  )
}
