import type { Locale } from '@/i18n/locales'
import { addDays, type BookingQuery } from '@/booking/bookingQuery'
import { daySchedules, heldOn } from '@/booking/availability'
import { freeSlots } from '@/booking/slots'
import { checkPromoCode, jakartaInstant, type PromoCheck } from '@/promotions/promoCode'
import type { Promotion } from '@/payload-types'
import { jakartaToday, weekdayOf } from '@/utilities/jakartaTime'
import { hoursOn } from '@/utilities/openingHours'
import { getPayloadClient } from './payload'
import { listServices } from './services'
import { listTherapists } from './therapists'

/** Days the form offers: today and the next 13. */
export const BOOKING_DAYS = 14

export type PlanOption = { durationMinutes: number; priceIdr: number; offerPriceIdr?: number }
export type PlanService = { id: string; slug: string; name: string; options: PlanOption[] }
export type PlanTherapist = { id: string; slug: string; name: string }
export type PlanDay = { date: string; state: 'free' | 'full' | 'closed' }
export type PlanNote =
  | { key: 'ignoredService' }
  | { key: 'ignoredDuration'; minutes: number }
  | { key: 'ignoredTherapist' }
  | { key: 'therapistNotForService'; name: string }
  | { key: 'ignoredPromo'; code: string; reason: Exclude<PromoCheck, { ok: true }>['code'] }
  | { key: 'ignoredDate'; date: string }

export type BookingPlan = {
  services: PlanService[]
  service?: PlanService
  option?: PlanOption
  /** Therapists who give the chosen treatment. */
  therapists: PlanTherapist[]
  therapist?: PlanTherapist
  promo?: { code: string; priceIdr: number }
  /** A code carried until a treatment is chosen, then checked. */
  pendingCode?: string
  days: PlanDay[]
  date: string
  /** Free start times (WIB) on `date`. */
  times: string[]
  nextFreeDate?: string
  notes: PlanNote[]
}

const matches = (slugOrId: string) => (entry: { id: string; slug: string }) =>
  entry.slug === slugOrId || entry.id === slugOrId

async function promotionsWithCode(code: string): Promise<Promotion[]> {
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: 'promotions',
    where: { and: [{ promoCode: { equals: code } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs
}

/**
 * What the booking page shows for the choices in its address: the treatments with their prices
 * (and the offer price a code gives), the therapists who give the chosen one, the next 14 days
 * and the free start times on the chosen day. Unknown choices are dropped with a note.
 */
export async function planBooking(
  locale: Locale,
  query: BookingQuery,
  now: Date = new Date(),
): Promise<BookingPlan> {
  const notes: PlanNote[] = []
  const [serviceDocs, therapistDocs] = await Promise.all([
    listServices(locale),
    listTherapists(locale),
  ])
  let services: PlanService[] = serviceDocs.map((doc) => ({
    id: doc.id,
    slug: doc.slug ?? doc.id,
    name: doc.name,
    options: (doc.options ?? []).map(({ durationMinutes, priceIdr }) => ({
      durationMinutes,
      priceIdr,
    })),
  }))

  let service = query.service ? services.find(matches(query.service)) : undefined
  if (query.service && !service) notes.push({ key: 'ignoredService' })
  let option = service?.options.find((entry) => entry.durationMinutes === query.duration)
  if (service && !option) {
    option = service.options[0]
    if (query.duration && option) {
      notes.push({ key: 'ignoredDuration', minutes: option.durationMinutes })
    }
  }

  const today = jakartaToday(now).isoDate
  const dates = Array.from({ length: BOOKING_DAYS }, (_, index) => addDays(today, index))
  const schedules = await daySchedules({ payload: await getPayloadClient() }, dates)
  const firstSchedule = schedules.get(today)
  const givers = new Set(
    (firstSchedule?.therapists ?? [])
      .filter((schedule) => !service || schedule.serviceIds.includes(service.id))
      .map((schedule) => schedule.id),
  )
  const therapists: PlanTherapist[] = therapistDocs
    .filter((doc) => givers.has(doc.id))
    .map((doc) => ({ id: doc.id, slug: doc.slug ?? doc.id, name: doc.name }))
  const therapist = query.therapist ? therapists.find(matches(query.therapist)) : undefined
  if (query.therapist && !therapist) {
    const known = therapistDocs.find(
      (doc) => doc.slug === query.therapist || doc.id === query.therapist,
    )
    notes.push(
      known && service
        ? { key: 'therapistNotForService', name: known.name }
        : { key: 'ignoredTherapist' },
    )
  }

  const slotsOn = (date: string) => {
    const schedule = schedules.get(date)
    if (!schedule || !service || !option) return []
    return freeSlots({
      ...schedule,
      held: heldOn(schedule, date, now),
      date,
      serviceId: service.id,
      durationMinutes: option.durationMinutes,
      therapistId: therapist?.id ?? null,
      now,
    }).map((slot) => slot.time)
  }
  const timesByDate = new Map(dates.map((date) => [date, slotsOn(date)]))
  const closed = (date: string) => {
    const schedule = schedules.get(date)
    return !schedule || 'closed' in hoursOn(schedule.hours, weekdayOf(date))
  }
  const days: PlanDay[] = dates.map((date) => ({
    date,
    state: closed(date) ? 'closed' : (timesByDate.get(date) ?? []).length > 0 ? 'free' : 'full',
  }))
  const firstFree = days.find((day) => day.state === 'free')?.date
  const date =
    query.date && dates.includes(query.date) && !closed(query.date) ? query.date : undefined
  const chosenDate = date ?? firstFree ?? today
  if (query.date && !date && service) notes.push({ key: 'ignoredDate', date: chosenDate })
  const times = timesByDate.get(chosenDate) ?? []

  let promo: BookingPlan['promo']
  let pendingCode: string | undefined
  if (query.promo) {
    const code = query.promo
    const promotions = await promotionsWithCode(code)
    const at = jakartaInstant(chosenDate, times[0])
    // The list shows what the code gives each treatment and length on that day.
    services = services.map((entry) => ({
      ...entry,
      options: entry.options.map((candidate) => {
        const offer = checkPromoCode(promotions, code, entry.id, candidate, at)
        return offer.ok ? { ...candidate, offerPriceIdr: offer.priceIdr } : candidate
      }),
    }))
    if (service && option) {
      const result = checkPromoCode(promotions, code, service.id, option, at)
      if (result.ok) promo = { code, priceIdr: result.priceIdr }
      else notes.push({ key: 'ignoredPromo', code, reason: result.code })
      const [serviceId, minutes] = [service.id, option.durationMinutes]
      service = services.find((entry) => entry.id === serviceId)
      option = service?.options.find((entry) => entry.durationMinutes === minutes)
    } else if (promotions.length === 0) {
      notes.push({ key: 'ignoredPromo', code, reason: 'promoUnknown' })
    } else {
      pendingCode = code
    }
  }

  const nextFreeDate =
    times.length === 0
      ? days.find((day) => day.date > chosenDate && day.state === 'free')?.date
      : undefined
  return {
    services,
    service,
    option,
    therapists,
    therapist,
    promo,
    pendingCode,
    days,
    date: chosenDate,
    times,
    nextFreeDate,
    notes,
  }
}
