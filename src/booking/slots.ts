import { jakartaNow, weekdayOf } from '@/utilities/jakartaTime'
import { hoursOn, type DayHours, type Weekday } from '@/utilities/openingHours'

/**
 * Free start times for a treatment on one day, pure and clock-injected. Everything is in WIB,
 * which has no daylight saving, so a day is always 24 hours and clock times are minutes since
 * midnight.
 *
 * A start time is free when the session (plus the buffer after it):
 * - lies within the day's opening hours and ends by closing time, and is later than now;
 * - leaves a treatment room free for its whole length (held sessions never exceed `rooms`);
 * - has a therapist who gives the treatment, works a shift covering the session, is not on a day
 *   off and holds no other session then or in the buffer around it — the chosen one, or any when none is chosen. Sessions booked
 *   with "any therapist" each need a therapist of their own too, which is counted conservatively:
 *   a time is offered only if enough free qualified therapists remain for them as well.
 *   A spa that lists no therapists at all is limited by its rooms and hours alone.
 */

export const SLOT_STEP_MINUTES = 30

export type Shift = { weekday: Weekday; start: string; end: string }

export type TherapistSchedule = {
  id: string
  /** The treatments this therapist gives. */
  serviceIds: readonly string[]
  /** Weekly working hours, WIB. */
  shifts: readonly Shift[]
  /** Whole days off, "YYYY-MM-DD". */
  daysOff: readonly string[]
}

/** A session that holds a room and a therapist: a New, Confirmed or Arrived request. */
export type HeldSession = {
  date: string
  time: string
  durationMinutes: number
  /** The assigned or requested therapist; none when the guest asked for any therapist. */
  therapistId?: string | null
  /** The treatment: a session with any therapist needs one who gives it. */
  serviceId?: string | null
}

export type SlotQuery = {
  date: string
  serviceId: string
  durationMinutes: number
  /** Only this therapist's times; any qualified therapist when absent. */
  therapistId?: string | null
  now: Date
  hours: Parameters<typeof hoursOn>[0]
  rooms: number
  bufferMinutes: number
  therapists: readonly TherapistSchedule[]
  held: readonly HeldSession[]
  stepMinutes?: number
}

export type Slot = { time: string; therapistIds: string[] }

export const minutesOf = (clock: string): number => {
  const [hours, minutes] = clock.split(':').map(Number)
  return hours * 60 + minutes
}

export const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

type Span = { start: number; end: number; therapistId?: string | null; serviceId?: string | null }

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** The most sessions of `spans` running at one moment inside `window`. */
function peak(spans: readonly Span[], window: Span): number {
  const inside = spans.filter((span) => overlaps(span, window))
  let most = 0
  for (const point of [window.start, ...inside.map((span) => span.start)]) {
    if (point < window.start || point >= window.end) continue
    const running = inside.filter((span) => span.start <= point && point < span.end).length
    most = Math.max(most, running)
  }
  return most
}

function worksThrough(therapist: TherapistSchedule, date: string, weekday: Weekday, span: Span) {
  if (therapist.daysOff.includes(date)) return false
  return therapist.shifts.some(
    (shift) =>
      shift.weekday === weekday &&
      minutesOf(shift.start) <= span.start &&
      span.end <= minutesOf(shift.end),
  )
}

/**
 * Whether each set can be given one member of its own, no member shared (Kuhn's augmenting
 * paths; the sets here are a handful of therapists each).
 */
function hasDistinctRepresentatives(sets: readonly string[][]): boolean {
  const owner = new Map<string, number>()
  const assign = (index: number, seen: Set<string>): boolean => {
    for (const id of sets[index]) {
      if (seen.has(id)) continue
      seen.add(id)
      const current = owner.get(id)
      if (current === undefined || assign(current, seen)) {
        owner.set(id, index)
        return true
      }
    }
    return false
  }
  return sets.every((_, index) => assign(index, new Set()))
}

/** The free start times of one day, earliest first, each with the therapists free then. */
export function freeSlots(query: SlotQuery): Slot[] {
  const step = query.stepMinutes ?? SLOT_STEP_MINUTES
  const weekday = weekdayOf(query.date)
  const day: DayHours = hoursOn(query.hours, weekday)
  if ('closed' in day || query.durationMinutes <= 0 || query.rooms <= 0) return []
  const opens = minutesOf(day.opens)
  const closes = minutesOf(day.closes)
  const now = jakartaNow(query.now)
  if (query.date < now.isoDate) return []
  const earliest = query.date === now.isoDate ? now.minutes + 1 : 0

  const buffer = Math.max(0, query.bufferMinutes)
  const held: Span[] = query.held
    .filter((session) => session.date === query.date && session.durationMinutes > 0)
    .map((session) => {
      const start = minutesOf(session.time)
      return {
        start,
        end: start + session.durationMinutes + buffer,
        therapistId: session.therapistId ?? null,
        serviceId: session.serviceId ?? null,
      }
    })
  const qualified = query.therapists.filter(
    (therapist) =>
      therapist.serviceIds.includes(query.serviceId) &&
      (!query.therapistId || therapist.id === query.therapistId),
  )

  const slots: Slot[] = []
  // Start times on the step grid from opening; the session itself must end by closing.
  for (let start = opens; start + query.durationMinutes <= closes; start += step) {
    if (start < earliest) continue
    const session: Span = { start, end: start + query.durationMinutes }
    const window: Span = { start, end: session.end + buffer }
    if (peak(held, window) >= query.rooms) continue
    if (query.therapists.length === 0) {
      slots.push({ time: clockOf(start), therapistIds: [] })
      continue
    }
    const overlapping = held.filter((span) => overlaps(span, window))
    const busy = new Set(overlapping.map((span) => span.therapistId).filter(Boolean))
    const canTake = (
      therapist: TherapistSchedule,
      serviceId: string | null | undefined,
      span: Span,
    ) =>
      !busy.has(therapist.id) &&
      (!serviceId || therapist.serviceIds.includes(serviceId)) &&
      worksThrough(therapist, query.date, weekday, span)
    // Every "any therapist" session running then needs a therapist of its own who gives its
    // treatment; the new session may take a therapist only if they all still get one.
    const unassigned = overlapping
      .filter((span) => !span.therapistId)
      .map((span) =>
        query.therapists
          // The buffer after it may run past the end of a shift; the session may not.
          .filter((therapist) =>
            canTake(therapist, span.serviceId, { start: span.start, end: span.end - buffer }),
          )
          .map((therapist) => therapist.id),
      )
    const free = qualified.filter(
      (therapist) =>
        canTake(therapist, query.serviceId, session) &&
        hasDistinctRepresentatives([...unassigned, [therapist.id]]),
    )
    if (free.length === 0) continue
    slots.push({ time: clockOf(start), therapistIds: free.map((therapist) => therapist.id) })
  }
  return slots
}

/** Whether `time` is among the free start times. */
export const isSlotFree = (query: SlotQuery & { time: string }): boolean =>
  freeSlots(query).some((slot) => slot.time === query.time)

/** Up to `count` free times on the same day closest to `time`, earliest first. */
export function nearestFreeTimes(query: SlotQuery & { time: string }, count = 3): string[] {
  const wanted = minutesOf(query.time)
  return freeSlots(query)
    .map((slot) => slot.time)
    .sort((a, b) => Math.abs(minutesOf(a) - wanted) - Math.abs(minutesOf(b) - wanted))
    .slice(0, count)
    .sort()
}
