import type { SiteSetting } from '@/payload-types'
import { formatClock } from '@/utilities/format'
import { jakartaToday, weekdayOf } from '@/utilities/jakartaTime'
import { hoursOn } from '@/utilities/openingHours'
import type { Locale } from '@/i18n/locales'

export const INQUIRY_FIELDS = ['name', 'phone', 'service', 'date', 'time', 'message'] as const
export type InquiryField = (typeof INQUIRY_FIELDS)[number]
export type InquiryValues = Record<InquiryField, string>

export type ErrorCode =
  | 'nameRequired'
  | 'nameTooLong'
  | 'phoneInvalid'
  | 'serviceUnknown'
  | 'dateInvalid'
  | 'datePast'
  | 'dateTooFar'
  | 'timeInvalid'
  | 'closedThatDay'
  | 'outsideHours'
  | 'messageTooLong'

export type FieldError = { code: ErrorCode; params?: Record<string, string> }

const MAX_DAYS_AHEAD = 90
const DAY_MS = 24 * 60 * 60 * 1000

/** Checks a booking request as a visitor typed it; returns the errors per field (none when valid). */
export function validateInquiry(
  values: InquiryValues,
  context: {
    serviceIds: string[]
    settings: Pick<SiteSetting, 'openingHours'>
    locale: Locale
    now?: Date
  },
): Partial<Record<InquiryField, FieldError>> {
  const errors: Partial<Record<InquiryField, FieldError>> = {}
  const name = values.name.trim()
  if (!name) errors.name = { code: 'nameRequired' }
  else if (name.length > 80) errors.name = { code: 'nameTooLong' }

  const digits = values.phone.replace(/[\s().-]/g, '')
  if (!/^\+?\d{8,15}$/.test(digits)) errors.phone = { code: 'phoneInvalid' }

  if (values.service && !context.serviceIds.includes(values.service)) {
    errors.service = { code: 'serviceUnknown' }
  }

  const today = jakartaToday(context.now).isoDate
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date))) {
    errors.date = { code: 'dateInvalid' }
  } else if (values.date < today) {
    errors.date = { code: 'datePast' }
  } else if (Date.parse(values.date) - Date.parse(today) > MAX_DAYS_AHEAD * DAY_MS) {
    errors.date = { code: 'dateTooFar' }
  }

  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(values.time)) {
    errors.time = { code: 'timeInvalid' }
  } else if (!errors.date) {
    const hours = hoursOn(context.settings, weekdayOf(values.date))
    if ('closed' in hours) errors.date = { code: 'closedThatDay' }
    else if (values.time < hours.opens || values.time >= hours.closes) {
      errors.time = {
        code: 'outsideHours',
        params: {
          opens: formatClock(hours.opens, context.locale),
          closes: formatClock(hours.closes, context.locale),
        },
      }
    }
  }

  if (values.message.length > 1000) errors.message = { code: 'messageTooLong' }
  return errors
}

export const normalisePhone = (phone: string) => phone.replace(/[\s().-]/g, '')
