import crypto from 'node:crypto'
import { resolveSecret } from '@/config/secret'
import type { Locale } from '@/i18n/locales'

/** The booking form's fields as the browser posts them. */
export const FORM_FIELDS = [
  'name',
  'phone',
  'email',
  'treatment',
  'therapist',
  'promoCode',
  'preferredDate',
  'preferredTime',
  'message',
] as const
export type FormField = (typeof FORM_FIELDS)[number]
export type FormValues = Record<FormField, string>

/** What the stored request says, for the guest's summary, calendar file and WhatsApp message. */
export type StoredRequest = {
  reference: string
  serviceName?: string
  therapistName?: string
  durationMinutes?: number
  priceIdr?: number
  offerPriceIdr?: number
  promoCode?: string
  replyWithinMinutes: number
}

export type FormResult = {
  status: 'sent' | 'invalid' | 'limited' | 'failed'
  stored?: StoredRequest
  locale: Locale
  values: FormValues
  /** Messages in the visitor's language, per field. */
  errors: Partial<Record<FormField, string>>
  /** A problem not tied to one field (the limit, a server fault). */
  formError?: string
  /** Milliseconds since the epoch after which the result is no longer shown. */
  expires: number
}

export const emptyValues = (treatment = ''): FormValues => ({
  name: '',
  phone: '',
  email: '',
  treatment,
  therapist: '',
  promoCode: '',
  preferredDate: '',
  preferredTime: '',
  message: '',
})

/** "<service id>:<minutes>" as the treatment choice posts it; "" when undecided. */
export function parseTreatment(value: string): { service?: string; durationMinutes?: number } {
  const match = /^([\w-]{1,64}):(\d{1,3})$/.exec(value)
  if (match) return { service: match[1], durationMinutes: Number(match[2]) }
  return value ? { service: value } : {}
}

export const treatmentValue = (service: string, minutes: number) => `${service}:${minutes}`

// What the result address carries back of each field: enough for any value the rules accept,
// and for the visitor to see what a refused one began with.
const CARRIED_CHARACTERS: Record<FormField, number> = {
  name: 120,
  phone: 40,
  email: 260,
  treatment: 80,
  therapist: 64,
  promoCode: 40,
  preferredDate: 16,
  preferredTime: 8,
  message: 1000,
}
// UTF-8 bytes of all values together: with the rest and base64, the address stays near 8 KB,
// under the 16 KB of request headers a server accepts (before: up to 186 KB, answered 431).
const CARRIED_BYTES = 4096

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

/** The values as the result address carries them: each capped, the message trimmed to fit. */
export function carriedValues(values: FormValues): FormValues {
  const capped = Object.fromEntries(
    FORM_FIELDS.map((field) => [
      field,
      Array.from(values[field]).slice(0, CARRIED_CHARACTERS[field]).join(''),
    ]),
  ) as FormValues
  const others = FORM_FIELDS.filter((field) => field !== 'message').reduce(
    (total, field) => total + bytes(capped[field]),
    0,
  )
  const room = Math.max(0, CARRIED_BYTES - others)
  let message = capped.message
  while (bytes(message) > room)
    message = Array.from(message)
      .slice(0, -Math.max(1, Math.ceil((bytes(message) - room) / 4)))
      .join('')
  return { ...capped, message }
}

const RESULT_LIFETIME_MS = 30 * 60 * 1000
const key = () =>
  crypto.createHash('sha256').update(`booking-form-result:${resolveSecret()}`).digest()

/**
 * The outcome of a form post travels to the page that shows it inside the address, encrypted and
 * authenticated with a key derived from PAYLOAD_SECRET: no cookie, no server-side session, nothing
 * readable in logs, and any instance of the app can show it.
 */
export function sealResult(result: Omit<FormResult, 'expires'>, now = Date.now()): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([
    cipher.update(
      JSON.stringify({
        ...result,
        values: carriedValues(result.values),
        expires: now + RESULT_LIFETIME_MS,
      }),
      'utf8',
    ),
    cipher.final(),
  ])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** The result, or null when the token was altered, is not ours or has expired. */
export function openResult(token: string, now = Date.now()): FormResult | null {
  try {
    const raw = Buffer.from(token, 'base64url')
    if (raw.length < 29) return null
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString(
      'utf8',
    )
    const result = JSON.parse(json) as FormResult
    return result.expires > now ? result : null
  } catch {
    return null
  }
}
