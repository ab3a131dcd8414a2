import crypto from 'node:crypto'
import { resolveSecret } from './secret'

/** A purpose-bound token derived from PAYLOAD_SECRET, so no second secret needs configuring. */
export const signFor = (purpose: string): string =>
  crypto.createHmac('sha256', resolveSecret()).update(purpose).digest('hex')

export const verifySigned = (purpose: string, candidate: string | null | undefined): boolean => {
  if (!candidate) return false
  const expected = Buffer.from(signFor(purpose))
  const given = Buffer.from(candidate)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
