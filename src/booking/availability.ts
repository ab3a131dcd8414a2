import type { Payload, PayloadRequest, Where } from 'payload'
import { nestedReq } from '@/hooks/nestedReq'
import type { Inquiry, SiteSetting, Therapist } from '@/payload-types'
import { jakartaToday } from '@/utilities/jakartaTime'
import { weekHours } from '@/utilities/openingHours'
import { SlotClaims } from './slotClaims'
import type { HeldSession, SlotQuery, TherapistSchedule } from './slots'

/** Statuses whose session occupies a room and a therapist. Declined (or cancelled) frees it. */
export const HOLDING_STATUSES: readonly Inquiry['status'][] = ['new', 'confirmed', 'arrived']

export const DEFAULT_ROOMS = 3
export const DEFAULT_BUFFER_MINUTES = 15
export const DEFAULT_REPLY_MINUTES = 30

/** The one process's sessions being stored (see slotClaims.ts). */
export const slotClaims = new SlotClaims()

export type DaySchedule = Pick<SlotQuery, 'hours' | 'rooms' | 'bufferMinutes' | 'therapists'> & {
  /** The stored requests holding a session that day. */
  stored: HeldSession[]
  storedIds: ReadonlySet<string>
  replyWithinMinutes: number
}

/**
 * The sessions held on the day: stored ones and those being stored this moment. Call it with no
 * `await` between it and the check and claim that follow, so no other request slips in between.
 */
export const heldOn = (schedule: DaySchedule, date: string, now: Date): HeldSession[] => [
  ...schedule.stored,
  ...slotClaims.pending(date, schedule.storedIds, now),
]

/** The id of a relationship value, whether it came populated or as an id. */
export const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? String((value as { id: unknown }).id)
      : null

/** The name of a populated relationship value (a service, a therapist); undefined for an id. */
export const nameOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'name' in value && typeof value.name === 'string'
    ? value.name
    : undefined

const ids = (values: readonly unknown[] | null | undefined): string[] =>
  (values ?? []).map(idOf).filter((id): id is string => Boolean(id))

type ServiceKind = { id: string; modality?: unknown }

/**
 * A therapist's schedule as the slot engine reads it. A therapist whose schedule nobody has
 * filled in yet (as after the upgrade that added it) is bookable whenever the spa is open, for
 * every treatment of the massage types they practise; an editor narrows it from there.
 */
export function scheduleOf(
  therapist: Pick<Therapist, 'id' | 'services' | 'modalities' | 'workingHours' | 'daysOff'>,
  services: readonly ServiceKind[],
  hours: Pick<SiteSetting, 'openingHours'>,
): TherapistSchedule {
  const given = ids(therapist.services)
  const practised = new Set(ids(therapist.modalities))
  const shifts = (therapist.workingHours ?? []).flatMap((row) =>
    row.weekday && row.start && row.end
      ? [{ weekday: row.weekday, start: row.start, end: row.end }]
      : [],
  )
  return {
    id: therapist.id,
    serviceIds:
      given.length > 0
        ? given
        : services
            .filter((service) => practised.has(idOf(service.modality) ?? ''))
            .map((service) => service.id),
    shifts:
      shifts.length > 0
        ? shifts
        : weekHours(hours).flatMap((day) =>
            'closed' in day ? [] : [{ weekday: day.day, start: day.opens, end: day.closes }],
          ),
    daysOff: (therapist.daysOff ?? []).flatMap((row) =>
      row.date ? [jakartaToday(new Date(row.date)).isoDate] : [],
    ),
  }
}

export const bookingSettingsOf = (settings: Pick<SiteSetting, 'booking'>) => ({
  rooms: settings.booking?.treatmentRooms ?? DEFAULT_ROOMS,
  bufferMinutes: settings.booking?.bufferMinutes ?? DEFAULT_BUFFER_MINUTES,
  replyWithinMinutes: settings.booking?.replyWithinMinutes ?? DEFAULT_REPLY_MINUTES,
})

type Reader = { payload: Payload; req?: PayloadRequest }

/**
 * Everything the slot engine needs for each of `dates`: opening hours, rooms, buffer, the
 * therapists' schedules (published and active ones) and the requests stored for that day
 * (`heldOn` adds those being stored this moment). `exceptId` leaves out the request being changed.
 */
export async function daySchedules(
  reader: Reader,
  dates: readonly string[],
  exceptId?: string,
): Promise<Map<string, DaySchedule>> {
  const { payload, req } = reader
  // The server reads what it needs to compute free times; none of it reaches a visitor as is.
  const options = { depth: 0, overrideAccess: true, ...(req ? { req: nestedReq(req) } : {}) }
  const settings = await payload.findGlobal({ slug: 'site-settings', ...options })
  const therapists = await payload.find({
    collection: 'therapists',
    where: { and: [{ _status: { equals: 'published' } }, { active: { not_equals: false } }] },
    select: { services: true, modalities: true, workingHours: true, daysOff: true },
    pagination: false,
    ...options,
  })
  const services = await payload.find({
    collection: 'services',
    select: { modality: true },
    pagination: false,
    ...options,
  })
  const where: Where[] = [
    { preferredDate: { in: [...dates] } },
    { status: { in: HOLDING_STATUSES as string[] } },
  ]
  if (exceptId) where.push({ id: { not_equals: exceptId } })
  const requests = await payload.find({
    collection: 'inquiries',
    where: { and: where },
    select: {
      preferredTime: true,
      durationMinutes: true,
      therapist: true,
      service: true,
      preferredDate: true,
    },
    pagination: false,
    ...options,
  })
  const base = {
    hours: settings,
    ...bookingSettingsOf(settings),
    therapists: therapists.docs.map((doc) => scheduleOf(doc as Therapist, services.docs, settings)),
  }
  return new Map(
    dates.map((date) => {
      const docs = requests.docs.filter((doc) => doc.preferredDate === date)
      const stored: HeldSession[] = docs.flatMap((doc) =>
        doc.preferredTime && doc.durationMinutes
          ? [
              {
                date,
                time: doc.preferredTime,
                durationMinutes: doc.durationMinutes,
                therapistId: idOf(doc.therapist),
                serviceId: idOf(doc.service),
              },
            ]
          : [],
      )
      return [date, { ...base, stored, storedIds: new Set(docs.map((doc) => doc.id)) }]
    }),
  )
}

/** One day's schedule (see daySchedules). */
export async function daySchedule(
  reader: Reader,
  date: string,
  exceptId?: string,
): Promise<DaySchedule> {
  const schedule = (await daySchedules(reader, [date], exceptId)).get(date)
  if (!schedule) throw new Error(`No schedule for ${date}`)
  return schedule
}
