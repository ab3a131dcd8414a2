import type { Locale } from '@/i18n/locales'
import { addDays } from './bookingQuery'
import { formatClock, formatIdr } from '@/utilities/format'
import { jakartaToday } from '@/utilities/jakartaTime'
export { readablePhone } from '@/utilities/phone'

/** What the desk needs of a request to show and act on it; personal fields may be absent. */
export type DeskBooking = {
  id: string
  reference?: string | null
  name?: string | null
  phone?: string | null
  email?: string | null
  preferredDate: string
  preferredTime: string
  durationMinutes?: number | null
  priceIdr?: number | null
  offerPriceIdr?: number | null
  promoCode?: string | null
  replyLanguage?: Locale | null
  status?: string | null
  createdAt: string
}

export type BoardRange = 'today' | 'tomorrow' | 'week'
export const BOARD_RANGES: readonly BoardRange[] = ['today', 'tomorrow', 'week']

/** The calendar days (Jakarta) a board tab shows: today, tomorrow, or today and the next 6 days. */
export function boardDates(range: BoardRange, now: Date): string[] {
  const today = jakartaToday(now).isoDate
  if (range === 'today') return [today]
  if (range === 'tomorrow') return [addDays(today, 1)]
  return Array.from({ length: 7 }, (_, index) => addDays(today, index))
}

export const readRange = (value: unknown): BoardRange =>
  BOARD_RANGES.includes(value as BoardRange) ? (value as BoardRange) : 'today'

/** Whole minutes since the request arrived (never negative). */
export const minutesSince = (createdAt: string, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / 60_000))

/** A new request the spa has not answered within the reply time it promises guests. */
export const isOverdue = (booking: DeskBooking, replyWithinMinutes: number, now: Date): boolean =>
  booking.status === 'new' && minutesSince(booking.createdAt, now) > replyWithinMinutes

/** "12 min", "3 h 5 min", "2 d" — how long ago, short enough for a phone row. */
export function ageWords(minutes: number, locale: Locale): string {
  const [m, h, d] = locale === 'id' ? ['mnt', 'j', 'h'] : ['min', 'h', 'd']
  if (minutes < 60) return `${minutes} ${m}`
  if (minutes < 24 * 60) {
    const rest = minutes % 60
    return rest ? `${Math.floor(minutes / 60)} ${h} ${rest} ${m}` : `${minutes / 60} ${h}`
  }
  return `${Math.floor(minutes / (24 * 60))} ${d}`
}

const dateLocale: Record<Locale, string> = { en: 'en-GB', id: 'id-ID' }

/** "Thu 3 Dec" / "Kam 3 Des". */
export const shortDay = (isoDate: string, locale: Locale): string =>
  new Intl.DateTimeFormat(dateLocale[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'Asia/Jakarta',
  })
    .format(new Date(`${isoDate}T12:00:00+07:00`))
    .replace(/,/g, '')
    .replace(/\./g, '')

/** The price the guest was shown: the offer price when a code applied. */
export const shownPrice = (booking: DeskBooking): number | null =>
  booking.offerPriceIdr ?? booking.priceIdr ?? null

/** A guest's reply language as the admin's language names it. */
const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  en: { en: 'English', id: 'Indonesian' },
  id: { en: 'bahasa Inggris', id: 'bahasa Indonesia' },
}

/** "60 min" / "60 menit". */
export const durationWords = (minutes: number, locale: Locale): string =>
  `${minutes} ${locale === 'id' ? 'menit' : 'min'}`

/**
 * The ticket's first line, in the admin's language: "Thu 3 Dec · 14:00 WIB · Ame Signature 60 min
 * · IDR 350,000 · replies in English".
 */
export function ticketSummary(
  booking: DeskBooking,
  treatment: string | null,
  locale: Locale,
  repliesIn: string,
): string {
  const price = shownPrice(booking)
  return [
    shortDay(booking.preferredDate, locale),
    `${formatClock(booking.preferredTime, locale)} WIB`,
    [treatment, booking.durationMinutes ? durationWords(booking.durationMinutes, locale) : null]
      .filter(Boolean)
      .join(' '),
    price !== null ? formatIdr(price, locale) : null,
    `${repliesIn} ${LANGUAGE_NAMES[locale][booking.replyLanguage ?? 'en']}`,
  ]
    .filter(Boolean)
    .join(' · ')
}
