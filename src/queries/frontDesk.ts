import type { Payload, TypedUser } from 'payload'
import { bookingSettingsOf, idOf } from '@/booking/availability'
import { boardDates, type BoardRange, type DeskBooking } from '@/booking/frontDesk'
import { guestWhatsAppHref } from '@/booking/guestWhatsApp'
import type { Locale } from '@/i18n/locales'
import type { Inquiry } from '@/payload-types'

export type DeskRow = DeskBooking & {
  treatment: string | null
  therapist: string | null
  room: number | null
  handledByName: string | null
  handledAt: string | null
  whatsappHref: string | null
  message: string | null
  declineReason: string | null
}

type Reader = { payload: Payload; user: TypedUser | null; locale: Locale }

/** Names of every service and therapist in one language, by id. */
async function namesIn(payload: Payload, locale: Locale) {
  const options = { depth: 0, pagination: false, locale, select: { name: true } } as const
  const [services, therapists] = await Promise.all([
    payload.find({ collection: 'services', ...options }),
    payload.find({ collection: 'therapists', ...options }),
  ])
  return {
    service: new Map(services.docs.map((doc) => [String(doc.id), doc.name ?? null])),
    therapist: new Map(therapists.docs.map((doc) => [String(doc.id), doc.name ?? null])),
  }
}

function toRow(
  doc: Inquiry,
  names: Awaited<ReturnType<typeof namesIn>>,
  guestNames: Record<Locale, Awaited<ReturnType<typeof namesIn>>>,
): DeskRow {
  const serviceId = idOf(doc.service)
  const booking: DeskBooking = {
    id: String(doc.id),
    reference: doc.reference,
    name: doc.name,
    phone: doc.phone,
    email: doc.email,
    preferredDate: doc.preferredDate,
    preferredTime: doc.preferredTime,
    durationMinutes: doc.durationMinutes,
    priceIdr: doc.priceIdr,
    offerPriceIdr: doc.offerPriceIdr,
    promoCode: doc.promoCode,
    replyLanguage: doc.replyLanguage === 'id' ? 'id' : 'en',
    status: doc.status,
    createdAt: doc.createdAt,
  }
  const guestLocale = booking.replyLanguage ?? 'en'
  return {
    ...booking,
    treatment: serviceId ? (names.service.get(serviceId) ?? null) : null,
    therapist: idOf(doc.therapist) ? (names.therapist.get(idOf(doc.therapist)!) ?? null) : null,
    room: doc.room ?? null,
    handledByName: doc.handledByName ?? null,
    handledAt: doc.handledAt ?? null,
    whatsappHref: guestWhatsAppHref(
      booking,
      serviceId ? (guestNames[guestLocale].service.get(serviceId) ?? null) : null,
    ),
    message: doc.message ?? null,
    declineReason: doc.declineReason ?? null,
  }
}

async function namesForDesk(payload: Payload, locale: Locale) {
  const [en, id] = await Promise.all([namesIn(payload, 'en'), namesIn(payload, 'id')])
  return { names: locale === 'id' ? id : en, guestNames: { en, id } }
}

/**
 * The front desk's board: every request still waiting for an answer, then the answered ones for
 * the range's days, each by day and time, read with the staff
 * member's own access (personal fields only for those allowed them), and the reply time the spa
 * promises guests.
 */
export async function readBoard(
  { payload, user, locale }: Reader,
  range: BoardRange,
  now: Date,
): Promise<{
  dates: string[]
  waiting: DeskRow[]
  rows: DeskRow[]
  replyWithinMinutes: number
}> {
  const dates = boardDates(range, now)
  const read = { sort: ['preferredDate', 'preferredTime'], depth: 0, overrideAccess: false, user }
  const [waiting, found, settings, { names, guestNames }] = await Promise.all([
    payload.find({
      collection: 'inquiries',
      where: { status: { equals: 'new' } },
      limit: 100,
      ...read,
    }),
    payload.find({
      collection: 'inquiries',
      where: { and: [{ preferredDate: { in: dates } }, { status: { not_equals: 'new' } }] },
      limit: 300,
      ...read,
    }),
    payload.findGlobal({ slug: 'site-settings', depth: 0 }),
    namesForDesk(payload, locale),
  ])
  return {
    dates,
    waiting: waiting.docs.map((doc) => toRow(doc, names, guestNames)),
    rows: found.docs.map((doc) => toRow(doc, names, guestNames)),
    replyWithinMinutes: bookingSettingsOf(settings).replyWithinMinutes,
  }
}

/** One request as the desk's ticket shows it; null when this staff member may not read it. */
export async function readTicket(
  { payload, user, locale }: Reader,
  id: string,
): Promise<DeskRow | null> {
  const doc = await payload
    .findByID({ collection: 'inquiries', id, depth: 0, overrideAccess: false, user })
    .catch(() => null)
  if (!doc) return null
  const { names, guestNames } = await namesForDesk(payload, locale)
  return toRow(doc, names, guestNames)
}
