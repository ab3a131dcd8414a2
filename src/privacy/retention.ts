import { normalisePhone } from '@/booking/rules'
import { jakartaToday } from '@/utilities/jakartaTime'

/** Guests' details are kept a year after the appointment unless an admin sets otherwise. */
export const DEFAULT_RETENTION_DAYS = 365
/** The audit trail outlives the details it is about, long enough to answer a complaint. */
export const DEFAULT_AUDIT_DAYS = 730

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The latest appointment date (YYYY-MM-DD, Jakarta) whose guest details are due for erasure on
 * `now`: a visit on 3 Dec 2025 kept 365 days is erased from 3 Dec 2026 (WIB) on.
 */
export function lastErasableDate(now: Date, days: number): string {
  const today = jakartaToday(now).isoDate
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10)
}

/** The moment before which audit entries are deleted. */
export const auditCutoff = (now: Date, days: number): Date =>
  new Date(now.getTime() - days * DAY_MS)

/**
 * The ways one guest's phone number may be stored: "+6281234567890" (what the form keeps) and
 * "081234567890" (how older requests and staff wrote it). Null when it is not a phone number.
 */
export function phoneForms(value: string): string[] | null {
  const e164 = normalisePhone(value)
  if (!e164) return null
  const forms = new Set([e164, value.trim()])
  if (e164.startsWith('+62')) forms.add(`0${e164.slice(3)}`)
  return [...forms]
}

/** A guest is looked up by an email address or a phone number; anything else is refused. */
export type GuestKey = { kind: 'email'; value: string } | { kind: 'phone'; forms: string[] }

export function guestKey(input: string): GuestKey | null {
  const value = input.trim()
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return { kind: 'email', value: value.toLowerCase() }
  const forms = phoneForms(value)
  return forms ? { kind: 'phone', forms } : null
}
