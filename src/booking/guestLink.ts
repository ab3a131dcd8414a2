import crypto from 'node:crypto'
import { resolveSecret } from '@/config/secret'
import { jakartaInstant } from '@/promotions/promoCode'

/**
 * The link in every guest email to see the request and cancel it: the request's id and an expiry
 * (the end of the appointment), signed with a key derived from PAYLOAD_SECRET. Whoever holds the
 * email holds the link; nothing else about the guest is in it.
 */
const key = () => crypto.createHash('sha256').update(`guest-link:${resolveSecret()}`).digest()

const sign = (body: string) =>
  crypto.createHmac('sha256', key()).update(body).digest('base64url').slice(0, 32)

/** When the link stops working: the end of the session, or the end of the requested day. */
export function guestLinkExpiry(booking: {
  preferredDate: string
  preferredTime?: string | null
  durationMinutes?: number | null
}): number {
  const start = jakartaInstant(booking.preferredDate, booking.preferredTime ?? '23:59').getTime()
  return start + (booking.durationMinutes ?? 0) * 60_000
}

export function signGuestLink(id: string, expires: number): string {
  const body = `${Buffer.from(id).toString('base64url')}.${Math.floor(expires / 1000).toString(36)}`
  return `${body}.${sign(body)}`
}

/** The request id, or null when the link was altered, is not ours or has expired. */
export function openGuestLink(token: string, now = Date.now()): string | null {
  const match = /^([\w-]{1,96})\.([0-9a-z]{1,12})\.([\w-]{32})$/.exec(token)
  if (!match) return null
  const [, id, expires, signature] = match
  const expected = sign(`${id}.${expires}`)
  if (!crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null
  if (parseInt(expires, 36) * 1000 <= now) return null
  return Buffer.from(id, 'base64url').toString('utf8')
}
