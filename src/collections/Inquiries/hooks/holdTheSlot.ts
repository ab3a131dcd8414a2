import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'
import { daySchedule, heldOn, HOLDING_STATUSES, idOf, slotClaims } from '@/booking/availability'
import { isSlotFree, nearestFreeTimes } from '@/booking/slots'
import { formatClock } from '@/utilities/format'
import type { Inquiry } from '@/payload-types'
import { translatorFor } from '@/i18n/translator'
import { checkDate, checkTime } from '@/booking/rules'
import { publishedServiceDurations, refusalLanguage } from '../validation'

/** 409: the time was free when the guest chose it and is not any more. */
export class SlotTaken extends APIError<{ field: string; nearestTimes: string[] }> {
  constructor(message: string, nearestTimes: string[]) {
    super(message, 409, { field: 'preferredTime', nearestTimes }, true)
    this.name = 'SlotTaken'
  }
}

const SESSION_FIELDS = [
  'preferredDate',
  'preferredTime',
  'durationMinutes',
  'service',
  'therapist',
] as const

const holds = (status: unknown) => HOLDING_STATUSES.includes(status as Inquiry['status'])

/**
 * No double booking, on every way in (form, REST, GraphQL, Local API): a request for a treatment
 * at a time that is no longer free — no room, or no qualified therapist on shift — is refused
 * with 409 and the nearest free times that day, in the guest's language. Staff recording a walk-in
 * or a phone booking are not blocked: the overlap is noted on the request for them to resolve.
 */
export const holdTheSlot: CollectionBeforeChangeHook<Inquiry> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const merged = { ...originalDoc, ...data } as Partial<Inquiry>
  const changed =
    operation === 'create' ||
    SESSION_FIELDS.some((field) => idOf(merged[field]) !== idOf(originalDoc?.[field])) ||
    (holds(merged.status) && !holds(originalDoc?.status))
  const serviceId = idOf(merged.service)
  const { preferredDate: date, preferredTime: time, durationMinutes } = merged
  if (!changed || !holds(merged.status) || !serviceId || !durationMinutes || !date || !time) {
    return { ...data, overlap: changed ? null : merged.overlap }
  }

  // Collection hooks run before the fields are validated: a request the field rules refuse (a
  // date or time outside the hours, a length the treatment lacks) gets their 400, not a 409.
  const schedule = await daySchedule({ payload: req.payload, req }, date, originalDoc?.id)
  const durations = await publishedServiceDurations(req, serviceId)
  const therapistId = idOf(merged.therapist)
  const valid =
    !checkDate(date, { hours: schedule.hours, now: new Date(), whenNew: true }) &&
    !checkTime(time, {
      date,
      durationMinutes,
      hours: schedule.hours,
      now: new Date(),
      whenNew: true,
    }) &&
    durations?.includes(durationMinutes) &&
    (!therapistId || schedule.therapists.some((therapist) => therapist.id === therapistId)) &&
    !context.promoRefused
  if (!valid) return { ...data, overlap: null }
  // From here to the claim, no await: no other request's check can run in between.
  const now = new Date()
  const query = {
    ...schedule,
    held: heldOn(schedule, date, now),
    date,
    time,
    serviceId,
    durationMinutes,
    therapistId,
    now,
  }
  if (!isSlotFree(query)) {
    const locale = refusalLanguage(req, merged)
    const nearest = nearestFreeTimes(query)
    if (req.user) {
      return { ...data, overlap: translatorFor(locale, 'Booking')('slotOverlapNote') }
    }
    const t = translatorFor(locale, 'Booking')
    throw new SlotTaken(
      nearest.length > 0
        ? t('errors.slotTaken', {
            times: nearest.map((clock) => formatClock(clock, locale)).join(', '),
          })
        : t('errors.slotTakenDayFull'),
      nearest,
    )
  }
  context.slotClaim = slotClaims.claim({ date, time, durationMinutes, therapistId, serviceId }, now)
  return { ...data, overlap: null }
}

/** The stored request now holds the slot itself (see slotClaims.ts). */
export const settleTheClaim: CollectionAfterChangeHook<Inquiry> = ({ doc, context }) => {
  if (typeof context.slotClaim === 'string') slotClaims.settle(context.slotClaim, doc.id)
  return doc
}
