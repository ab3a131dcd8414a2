/** Dates and a valid request for booking tests, against the seeded opening hours. */
import crypto from 'node:crypto'
import type { DataFromGlobalSlug, Payload } from 'payload'
import { CLIENT_ADDRESS_HEADER } from '@/security/clientAddress'

/** A fresh client address per call, as the server's front door would stamp it. */
export const newVisitorHeaders = () => ({
  [CLIENT_ADDRESS_HEADER]: `198.51.100.${crypto.randomInt(1, 254)}-${crypto.randomBytes(3).toString('hex')}`,
})

const DAY_MS = 24 * 60 * 60 * 1000

/** "YYYY-MM-DD" in Jakarta, `days` from now. */
export const jakartaDate = (days: number, now = Date.now()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(now + days * DAY_MS),
  )

/** A Tuesday 7–13 days ahead: open 10:00–21:00 in the seeded hours, well inside 90 days. */
export function nextTuesday(now = Date.now()): string {
  for (let days = 7; days < 14; days += 1) {
    const date = jakartaDate(days, now)
    if (new Date(`${date}T12:00:00+07:00`).getUTCDay() === 2) return date
  }
  throw new Error('unreachable')
}

/** The seeded week: Monday–Thursday 10–21, Friday 10–22, Saturday 9–22, Sunday 9–20. */
export const SEEDED_HOURS = {
  openingHours: [
    { day: 'monday' as const, closed: false, opens: '10:00', closes: '21:00' },
    { day: 'tuesday' as const, closed: false, opens: '10:00', closes: '21:00' },
    { day: 'wednesday' as const, closed: false, opens: '10:00', closes: '21:00' },
    { day: 'thursday' as const, closed: false, opens: '10:00', closes: '21:00' },
    { day: 'friday' as const, closed: false, opens: '10:00', closes: '22:00' },
    { day: 'saturday' as const, closed: false, opens: '09:00', closes: '22:00' },
    { day: 'sunday' as const, closed: false, opens: '09:00', closes: '20:00' },
  ],
}

export const validRequest = (overrides: Record<string, unknown> = {}) => ({
  name: 'Dewi Lestari',
  phone: '0812 3456 7890',
  preferredDate: nextTuesday(),
  preferredTime: '14:00',
  replyLanguage: 'en',
  ...overrides,
})

/** The spa's settings as the seed has them (address, numbers, hours), with `extra` on top. */
export async function setSpaSettings(
  payload: Payload,
  extra: Partial<DataFromGlobalSlug<'site-settings'>> = {},
): Promise<void> {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      address: { street: 'Jl. Senopati No. 48', city: 'Jakarta Selatan' },
      phone: '+62215551234',
      whatsapp: '+6281234567890',
      ...SEEDED_HOURS,
      ...extra,
    },
  })
}
