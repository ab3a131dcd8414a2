import type { ArrayField, Field, TextFieldSingleValidation } from 'payload'
import { WEEKDAYS } from '@/utilities/openingHours'

const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

const WEEKDAY_LABELS: Record<(typeof WEEKDAYS)[number], { en: string; id: string }> = {
  monday: { en: 'Monday', id: 'Senin' },
  tuesday: { en: 'Tuesday', id: 'Selasa' },
  wednesday: { en: 'Wednesday', id: 'Rabu' },
  thursday: { en: 'Thursday', id: 'Kamis' },
  friday: { en: 'Friday', id: 'Jumat' },
  saturday: { en: 'Saturday', id: 'Sabtu' },
  sunday: { en: 'Sunday', id: 'Minggu' },
}

const clock: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && CLOCK_PATTERN.test(value)
    ? true
    : req.i18n?.language === 'id'
      ? 'Gunakan format 24 jam, mis. 10:00 atau 18:30.'
      : 'Use 24-hour time, e.g. 10:00 or 18:30.'

/** A shift ends after it starts (no shift runs past midnight: the spa closes by 22:00). */
const endAfterStart: TextFieldSingleValidation = (value, options) => {
  const clockCheck = clock(value, options)
  if (clockCheck !== true) return clockCheck
  const start = (options.siblingData as { start?: unknown }).start
  if (typeof start === 'string' && CLOCK_PATTERN.test(start) && value! <= start) {
    return options.req.i18n?.language === 'id'
      ? 'Jam selesai harus setelah jam mulai.'
      : 'The end must be after the start.'
  }
  return true
}

/** Weekly working hours (WIB): one row per shift, e.g. Monday 10:00–18:00. */
export const workingHoursField: ArrayField = {
  name: 'workingHours',
  label: { en: 'Working hours (WIB)', id: 'Jam kerja (WIB)' },
  labels: {
    singular: { en: 'Shift', id: 'Shift' },
    plural: { en: 'Shifts', id: 'Shift' },
  },
  type: 'array',
  admin: {
    description: {
      en: 'The times this therapist can take guests. Booking offers only times inside a shift.',
      id: 'Jam terapis ini dapat menerima tamu. Pemesanan hanya menawarkan jam di dalam shift.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'weekday',
          label: { en: 'Day', id: 'Hari' },
          type: 'select',
          required: true,
          options: WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_LABELS[day] })),
        },
        {
          name: 'start',
          label: { en: 'From', id: 'Dari' },
          type: 'text',
          required: true,
          validate: clock,
          admin: { placeholder: '10:00' },
        },
        {
          name: 'end',
          label: { en: 'Until', id: 'Sampai' },
          type: 'text',
          required: true,
          validate: endAfterStart,
          admin: { placeholder: '18:00' },
        },
      ],
    },
  ],
}

/** Whole days a therapist does not work (leave, holidays), on top of the weekly hours. */
export const daysOffField: ArrayField = {
  name: 'daysOff',
  label: { en: 'Days off', id: 'Hari libur' },
  labels: {
    singular: { en: 'Day off', id: 'Hari libur' },
    plural: { en: 'Days off', id: 'Hari libur' },
  },
  type: 'array',
  fields: [
    {
      name: 'date',
      label: { en: 'Date', id: 'Tanggal' },
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
    },
    {
      name: 'note',
      label: { en: 'Note (staff only)', id: 'Catatan (khusus staf)' },
      type: 'text',
      maxLength: 120,
    },
  ],
}

export const scheduleFields: Field[] = [workingHoursField, daysOffField]
