import type { NumberField } from 'payload'
import { handlesBookingsField } from '@/access/handlesBookings'
import { bookingSettingsOf } from '@/booking/availability'

/** The treatment room the desk assigns: 1 to the number of rooms in the site settings. */
export const roomField: NumberField = {
  name: 'room',
  label: { en: 'Room', id: 'Ruang' },
  type: 'number',
  access: { create: handlesBookingsField, update: handlesBookingsField },
  validate: async (value, { req }) => {
    if (value === null || value === undefined) return true
    const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
    const { rooms } = bookingSettingsOf(settings)
    if (Number.isInteger(value) && value >= 1 && value <= rooms) return true
    return req.i18n?.language === 'id'
      ? `Nomor ruang 1 sampai ${rooms}.`
      : `The room is a number from 1 to ${rooms}.`
  },
  admin: { step: 1 },
}
