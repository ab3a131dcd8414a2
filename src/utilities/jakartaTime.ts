import type { Weekday } from './openingHours'

export const JAKARTA_TIMEZONE = 'Asia/Jakarta'
const JAKARTA = JAKARTA_TIMEZONE

/** The weekday and calendar date in Jakarta (WIB, UTC+7) at `now`. */
export function jakartaToday(now: Date = new Date()): { weekday: Weekday; isoDate: string } {
  const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: JAKARTA })
    .format(now)
    .toLowerCase() as Weekday
  const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: JAKARTA }).format(now)
  return { weekday, isoDate }
}

/** Today in Jakarta plus the minutes since midnight there (WIB has no daylight saving). */
export function jakartaNow(now: Date = new Date()): {
  weekday: Weekday
  isoDate: string
  minutes: number
} {
  const wib = new Date(now.getTime() + 7 * 60 * 60 * 1000)
  return { ...jakartaToday(now), minutes: wib.getUTCHours() * 60 + wib.getUTCMinutes() }
}

/** The weekday of a "YYYY-MM-DD" calendar date. */
export function weekdayOf(isoDate: string): Weekday {
  const date = new Date(`${isoDate}T12:00:00+07:00`)
  return jakartaToday(date).weekday
}
