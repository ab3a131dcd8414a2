import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'
import { daySchedule, heldOn, HOLDING_STATUSES, idOf, slotClaims } from '@/booking/availability'
import { isSlotFree, nearestFreeTimes } from '@/booking/slots'
import {
  settleSharedClaim,
  shareClaim,
  sharedPending,
  withDayLock,
} from '@/booking/sharedSlotClaims'
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

  // With several instances, the read, the check and the claim run under a lock for the day.
  return withDayLock(date, async () => {
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
    // From here to the claim, no await: no other request's check can run in between (in this
    // process; other instances wait for the day's lock, and their claims are read first).
    const now = new Date()
    const everyInstancesClaims = await sharedPending(date, schedule.storedIds, now)
    const query = {
      ...schedule,
      held: everyInstancesClaims
        ? [...schedule.stored, ...everyInstancesClaims]
        : heldOn(schedule, date, now),
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
    const session = { date, time, durationMinutes, therapistId, serviceId }
    const sharedToken = everyInstancesClaims ? await shareClaim(session, now) : null
    context.slotClaim = sharedToken ?? slotClaims.claim(session, now)
    context.slotClaimShared = Boolean(sharedToken)
    context.slotClaimDate = date
    return { ...data, overlap: null }
  })
}

/** The stored request now holds the slot itself (see slotClaims.ts). */
export const settleTheClaim: CollectionAfterChangeHook<Inquiry> = async ({ doc, context }) => {
  if (typeof context.slotClaim !== 'string') return doc
  if (context.slotClaimShared && typeof context.slotClaimDate === 'string') {
    await settleSharedClaim(context.slotClaimDate, context.slotClaim, doc.id)
  } else slotClaims.settle(context.slotClaim, doc.id)
  return doc
}
