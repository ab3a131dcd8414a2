'use client'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { NEXT_STATUSES, type InquiryStatus } from '@/collections/Inquiries/status'
import type { ActionText } from './text'
import styles from './FrontDesk.module.css'

type Props = {
  /** The request: its id, status, guest's phone and the desk's WhatsApp link. */
  row: { id: string; status?: string | null; phone?: string | null; whatsappHref: string | null }
  text: ActionText
  /** The request view reloads the whole form; the board re-renders in place. */
  after: 'reload' | 'refresh'
  sticky?: boolean
}

type Failure = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/** WhatsApp, Call and one button per next status; Decline asks for the reason the guest reads. */
export function DeskActions({ row, text, after, sticky }: Props) {
  const { id, whatsappHref } = row
  const next = NEXT_STATUSES[(row.status ?? 'new') as InquiryStatus] ?? []
  const callHref = row.phone ? `tel:${row.phone}` : null
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const reasonId = useId()

  async function change(status: InquiryStatus, declineReason?: string) {
    setBusy(true)
    setError(null)
    const response = await fetch(`/api/inquiries/${id}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(declineReason ? { status, declineReason } : { status }),
    }).catch(() => null)
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as Failure | null
      const first = body?.errors?.[0]
      setError(
        first?.data?.errors?.[0]?.message ?? first?.message ?? String(response?.status ?? ''),
      )
      setBusy(false)
      return
    }
    if (after === 'reload') window.location.reload()
    else {
      setDeclining(false)
      setBusy(false)
      router.refresh()
    }
  }

  return (
    <div className={`${styles.actions} ${sticky ? styles.sticky : ''}`} data-testid="desk-actions">
      <div className={styles.buttons}>
        {whatsappHref ? (
          <a
            className={`${styles.button} ${styles.whatsapp}`}
            href={whatsappHref}
            target="_blank"
            rel="noreferrer"
            data-testid="desk-whatsapp"
          >
            {text.whatsapp}
          </a>
        ) : null}
        {callHref ? (
          <a className={styles.button} href={callHref} data-testid="desk-call">
            {text.call}
          </a>
        ) : null}
        {next.map((status) =>
          status === 'declined' ? (
            <button
              key={status}
              type="button"
              className={styles.button}
              aria-expanded={declining}
              onClick={() => setDeclining((open) => !open)}
              disabled={busy}
              data-testid="desk-decline"
            >
              {text.actions.declined}
            </button>
          ) : (
            <button
              key={status}
              type="button"
              className={`${styles.button} ${status === 'confirmed' || status === 'arrived' ? styles.primary : ''}`}
              onClick={() => change(status)}
              disabled={busy}
              data-testid={`desk-${status}`}
            >
              {text.actions[status]}
            </button>
          ),
        )}
      </div>
      {declining ? (
        <div className={styles.decline}>
          <label htmlFor={reasonId}>{text.declineReason}</label>
          <textarea
            id={reasonId}
            maxLength={300}
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className={styles.buttons}>
            <button
              type="button"
              className={`${styles.button} ${styles.danger}`}
              onClick={() => change('declined', reason.trim() || undefined)}
              disabled={busy}
              data-testid="desk-decline-send"
            >
              {text.declineSend}
            </button>
            <button type="button" className={styles.button} onClick={() => setDeclining(false)}>
              {text.cancel}
            </button>
          </div>
        </div>
      ) : null}
      <p className={styles.status} role="status">
        {busy ? text.saving : error ? `${text.failed} ${error}` : ''}
      </p>
    </div>
  )
}
