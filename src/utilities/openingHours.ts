import type { SiteSetting } from '@/payload-types'

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const
export type Weekday = (typeof WEEKDAYS)[number]

export type DayHours =
  { day: Weekday; opens: string; closes: string } | { day: Weekday; closed: true }

/** One entry per weekday, Monday first; a day missing from the settings counts as closed. */
export function weekHours(settings: Pick<SiteSetting, 'openingHours'>): DayHours[] {
  return WEEKDAYS.map((day) => {
    const row = settings.openingHours?.find((entry) => entry.day === day)
    if (!row || row.closed || !row.opens || !row.closes) return { day, closed: true as const }
    return { day, opens: row.opens, closes: row.closes }
  })
}

export const hoursOn = (settings: Pick<SiteSetting, 'openingHours'>, day: Weekday): DayHours =>
  weekHours(settings).find((entry) => entry.day === day) ?? { day, closed: true }
