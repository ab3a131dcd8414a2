/**
 * The booking address's parameters: `/en/book?service=<slug>&duration=90&therapist=<slug>&promo=
 * <CODE>&date=YYYY-MM-DD`. Every Book action on the site builds it; the booking page reads it.
 * Anything unreadable is dropped here; anything unknown is dropped (with a note) by the page.
 */
export type BookingQuery = {
  service?: string
  duration?: number
  therapist?: string
  promo?: string
  date?: string
}

export type SearchParams = Record<string, string | string[] | undefined>

/** The parameters that make the booking page show choices and free times. */
export const BOOKING_QUERY_KEYS = ['service', 'treatment', 'duration', 'therapist', 'promo', 'date']

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

const SLUG = /^[\p{Ll}\p{Nd}-]{1,96}$/u

export function readBookingQuery(search: SearchParams): BookingQuery {
  const query: BookingQuery = {}
  // The treatment list posts "<slug>:<minutes>" as one value.
  const [treatmentSlug, treatmentMinutes] = first(search.treatment).split(':')
  const service = first(search.service) || treatmentSlug || ''
  if (SLUG.test(service.toLowerCase())) query.service = service.toLowerCase()
  const duration = Number(first(search.duration) || treatmentMinutes)
  if (Number.isInteger(duration) && duration >= 15 && duration <= 300) query.duration = duration
  const therapist = first(search.therapist).toLowerCase()
  if (SLUG.test(therapist)) query.therapist = therapist
  const promo = first(search.promo).toUpperCase().replace(/\s+/g, '')
  if (/^[A-Z0-9-]{1,24}$/.test(promo)) query.promo = promo
  const date = first(search.date)
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) query.date = date
  return query
}

/** "?service=…&duration=…" in a fixed order; "" when nothing is chosen. */
export function bookingSearch(query: BookingQuery): string {
  const params = new URLSearchParams()
  if (query.service) params.set('service', query.service)
  if (query.duration) params.set('duration', String(query.duration))
  if (query.therapist) params.set('therapist', query.therapist)
  if (query.promo) params.set('promo', query.promo)
  if (query.date) params.set('date', query.date)
  const search = params.toString()
  return search ? `?${search}` : ''
}

/** "YYYY-MM-DD" plus `days`. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
