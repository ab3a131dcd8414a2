import type { SiteSetting } from '@/payload-types'
import { jakartaNow, weekdayOf } from '@/utilities/jakartaTime'
import { hoursOn } from '@/utilities/openingHours'

/** The rules of a booking request, pure and shared by the collection (every way in) and tests. */

export const MAX_NAME_LENGTH = 80
export const MAX_MESSAGE_LENGTH = 1000
export const MAX_EMAIL_LENGTH = 254
export const MAX_DAYS_AHEAD = 90

export type BookingErrorCode =
  | 'nameRequired'
  | 'nameTooLong'
  | 'nameOneLine'
  | 'phoneInvalid'
  | 'emailInvalid'
  | 'serviceUnknown'
  | 'durationUnknown'
  | 'therapistUnknown'
  | 'promoUnknown'
  | 'promoNotRunning'
  | 'promoNotApplicable'
  | 'promoNeedsTreatment'
  | 'dateInvalid'
  | 'dateNotReal'
  | 'datePast'
  | 'dateTooFar'
  | 'timeInvalid'
  | 'timePast'
  | 'closedThatDay'
  | 'outsideHours'
  | 'endsAfterClosing'
  | 'messageTooLong'
  | 'controlCharacters'

export type BookingError = { code: BookingErrorCode; params?: Record<string, string | number> }
type Check = BookingError | null

type Hours = Pick<SiteSetting, 'openingHours'>

// Control characters other than tab and line breaks: a NUL would silently cut the stored text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/
const DAY_MS = 24 * 60 * 60 * 1000

// A name is one line of visible text: line and paragraph separators (CR, LF, NEL, U+2028/9)
// would add made-up lines to the staff email, and bidirectional overrides reorder what staff see.
const LINE_OR_DIRECTION = /[\r\n\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/
// Zero-width characters alone look like an empty name.
const VISIBLE = /[\p{L}\p{N}]/u

export function checkName(value: unknown): Check {
  if (typeof value !== 'string' || !value.trim()) return { code: 'nameRequired' }
  if (CONTROL.test(value)) return { code: 'controlCharacters' }
  if (LINE_OR_DIRECTION.test(value)) return { code: 'nameOneLine' }
  if (!VISIBLE.test(value)) return { code: 'nameRequired' }
  if (value.trim().length > MAX_NAME_LENGTH) {
    return { code: 'nameTooLong', params: { max: MAX_NAME_LENGTH } }
  }
  return null
}

export function checkMessage(value: unknown): Check {
  if (value == null || value === '') return null
  if (typeof value !== 'string')
    return { code: 'messageTooLong', params: { max: MAX_MESSAGE_LENGTH } }
  if (CONTROL.test(value)) return { code: 'controlCharacters' }
  if (value.length > MAX_MESSAGE_LENGTH) {
    return { code: 'messageTooLong', params: { max: MAX_MESSAGE_LENGTH } }
  }
  return null
}

/**
 * A phone number in E.164, or null when it cannot be one. Indonesian habits are understood:
 * "0812 3456 7890" and "62812…" become "+62812…"; "00" is the international prefix.
 */
export function normalisePhone(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const compact = value.trim().replace(/[\s().\-/]/g, '')
  let e164: string
  if (compact.startsWith('+')) e164 = compact
  else if (compact.startsWith('00')) e164 = `+${compact.slice(2)}`
  else if (compact.startsWith('0')) e164 = `+62${compact.slice(1)}`
  else if (compact.startsWith('62')) e164 = `+${compact}`
  else return null
  return /^\+[1-9]\d{7,14}$/.test(e164) ? e164 : null
}

export const checkPhone = (value: unknown): Check =>
  normalisePhone(value) === value ? null : { code: 'phoneInvalid' }

// One plain address, as a person types it: no display name ("Eve <…>"), no list ("a,b@…"), no
// quotes or angle brackets, which mail servers read in ways the form never meant.
const EMAIL =
  /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u

export function checkEmail(value: unknown): Check {
  if (value == null || value === '') return null
  if (
    typeof value !== 'string' ||
    value.length > MAX_EMAIL_LENGTH ||
    !EMAIL.test(value) ||
    value.startsWith('.') ||
    value.includes('..') ||
    value.includes('.@')
  ) {
    return { code: 'emailInvalid' }
  }
  return null
}

/** "2026-02-30" is well formed but not a real day. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/**
 * The preferred day: a real date, today or later in Jakarta, at most 90 days ahead, a day the
 * spa is open. `whenNew` is false for a request that already exists and keeps its date.
 */
export function checkDate(
  value: unknown,
  { hours, now, whenNew }: { hours: Hours; now: Date; whenNew: boolean },
): Check {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return { code: 'dateInvalid' }
  if (!isCalendarDate(value)) return { code: 'dateNotReal' }
  if (!whenNew) return null
  const today = jakartaNow(now).isoDate
  if (value < today) return { code: 'datePast' }
  if (Date.parse(value) - Date.parse(today) > MAX_DAYS_AHEAD * DAY_MS) {
    return { code: 'dateTooFar', params: { days: MAX_DAYS_AHEAD } }
  }
  if ('closed' in hoursOn(hours, weekdayOf(value))) return { code: 'closedThatDay' }
  return null
}

const minutesOf = (clock: string): number => {
  const [hours, minutes] = clock.split(':').map(Number)
  return hours * 60 + minutes
}
const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/**
 * The preferred time (WIB) on the preferred day: inside that day's opening hours, later than now
 * when the day is today, and — when the session length is known — finished by closing time.
 */
export function checkTime(
  value: unknown,
  {
    date,
    durationMinutes,
    hours,
    now,
    whenNew,
  }: { date: unknown; durationMinutes?: number | null; hours: Hours; now: Date; whenNew: boolean },
): Check {
  if (typeof value !== 'string' || !CLOCK.test(value)) return { code: 'timeInvalid' }
  if (!whenNew || typeof date !== 'string' || !isCalendarDate(date)) return null
  const day = hoursOn(hours, weekdayOf(date))
  if ('closed' in day) return null // reported on the date
  const start = minutesOf(value)
  if (start < minutesOf(day.opens) || start >= minutesOf(day.closes)) {
    return { code: 'outsideHours', params: { opens: day.opens, closes: day.closes } }
  }
  const current = jakartaNow(now)
  if (date === current.isoDate && start <= current.minutes) return { code: 'timePast' }
  if (durationMinutes && start + durationMinutes > minutesOf(day.closes)) {
    return {
      code: 'endsAfterClosing',
      params: {
        minutes: durationMinutes,
        closes: day.closes,
        latest: clockOf(minutesOf(day.closes) - durationMinutes),
      },
    }
  }
  return null
}
