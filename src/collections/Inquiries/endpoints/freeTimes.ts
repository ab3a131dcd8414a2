import type { Endpoint } from 'payload'
import { daySchedule, heldOn } from '@/booking/availability'
import { isCalendarDate } from '@/booking/rules'
import { freeSlots } from '@/booking/slots'
import { hasRole, type Role } from '@/access/roles'

const fail = (status: number, field: string, message: string) =>
  Response.json({ errors: [{ message, field }] }, { status })

/**
 * `GET /api/inquiries/free-times?date=&service=&duration=&therapist=`: the times still free that
 * day, for the desk recording a phone or walk-in booking (the admin's time picker).
 */
export const freeTimesEndpoint: Endpoint = {
  path: '/free-times',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user as { roles?: Role[] } | null, 'admin', 'frontdesk')) {
      return fail(403, 'user', 'Only front desk and admins see free times.')
    }
    const query = new URL(req.url ?? 'http://localhost').searchParams
    const date = query.get('date') ?? ''
    const serviceId = query.get('service') ?? ''
    const durationMinutes = Number(query.get('duration'))
    const therapistId = query.get('therapist') || null
    if (!isCalendarDate(date)) return fail(400, 'date', 'date must be YYYY-MM-DD.')
    if (!/^[\w-]{1,64}$/.test(serviceId)) return fail(400, 'service', 'service is required.')
    if (!Number.isInteger(durationMinutes) || durationMinutes < 15 || durationMinutes > 600) {
      return fail(400, 'duration', 'duration must be a number of minutes.')
    }
    if (therapistId && !/^[\w-]{1,64}$/.test(therapistId)) {
      return fail(400, 'therapist', 'therapist is not valid.')
    }
    const now = new Date()
    const schedule = await daySchedule({ payload: req.payload, req }, date)
    const times = freeSlots({
      ...schedule,
      held: heldOn(schedule, date, now),
      date,
      serviceId,
      durationMinutes,
      therapistId,
      now,
    }).map((slot) => slot.time)
    return Response.json({ date, times }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
