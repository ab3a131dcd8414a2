import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  freeSlots,
  isSlotFree,
  minutesOf,
  nearestFreeTimes,
  type HeldSession,
  type SlotQuery,
  type TherapistSchedule,
} from '@/booking/slots'
import { WEEKDAYS } from '@/utilities/openingHours'

// Tuesday 8 Dec 2026; 08:00 WIB on Monday 7 Dec is 01:00 UTC.
const TUESDAY = '2026-12-08'
const MONDAY_MORNING = new Date('2026-12-07T01:00:00Z')
const HOURS = {
  openingHours: WEEKDAYS.map((day) =>
    day === 'sunday'
      ? { day, closed: true }
      : { day, closed: false, opens: '10:00', closes: day === 'saturday' ? '18:00' : '21:00' },
  ),
}
const allWeek = (start: string, end: string) => WEEKDAYS.map((weekday) => ({ weekday, start, end }))

const therapist = (id: string, overrides: Partial<TherapistSchedule> = {}): TherapistSchedule => ({
  id,
  serviceIds: ['relax', 'deep'],
  shifts: allWeek('10:00', '21:00'),
  daysOff: [],
  ...overrides,
})

const query = (overrides: Partial<SlotQuery> = {}): SlotQuery => ({
  date: TUESDAY,
  serviceId: 'relax',
  durationMinutes: 60,
  now: MONDAY_MORNING,
  hours: HOURS,
  rooms: 3,
  bufferMinutes: 15,
  therapists: [therapist('ayu'), therapist('made'), therapist('sari')],
  held: [],
  ...overrides,
})

const times = (q: SlotQuery) => freeSlots(q).map((slot) => slot.time)

describe('free slots', () => {
  it('keeps a therapist who gives it for each "any therapist" session already booked', () => {
    // Only Made gives deep tissue; a deep-tissue guest with any therapist holds him at 12:00.
    const therapists = [therapist('ayu', { serviceIds: ['relax'] }), therapist('made')]
    const held: HeldSession[] = [
      { date: TUESDAY, time: '12:00', durationMinutes: 60, therapistId: null, serviceId: 'deep' },
    ]
    expect(isSlotFree({ ...query({ therapists, held, serviceId: 'deep' }), time: '12:00' })).toBe(
      false,
    )
    // Ayu can still take a relaxation guest then, and Made is not offered for it.
    const relax = freeSlots(query({ therapists, held })).find((slot) => slot.time === '12:00')
    expect(relax?.therapistIds).toEqual(['ayu'])
  })

  it('limits a spa that lists no therapists by its rooms and hours alone', () => {
    const held: HeldSession[] = [{ date: TUESDAY, time: '12:00', durationMinutes: 60 }]
    expect(isSlotFree({ ...query({ therapists: [], rooms: 2, held }), time: '12:00' })).toBe(true)
    expect(isSlotFree({ ...query({ therapists: [], rooms: 1, held }), time: '12:00' })).toBe(false)
  })

  it('offers every 30 minutes from opening, the last one ending by closing', () => {
    const all = times(query())
    expect(all[0]).toBe('10:00')
    expect(all.at(-1)).toBe('20:00')
    expect(all).toHaveLength(21)
    expect(times(query({ durationMinutes: 90 })).at(-1)).toBe('19:30')
  })

  it('follows the day: shorter on Saturday, nothing on Sunday', () => {
    expect(times(query({ date: '2026-12-12' })).at(-1)).toBe('17:00')
    expect(times(query({ date: '2026-12-13' }))).toEqual([])
  })

  it('offers nothing in the past, and today only times later than now (WIB, no DST)', () => {
    // 14:10 WIB on Tuesday is 07:10 UTC.
    const now = new Date('2026-12-08T07:10:00Z')
    expect(times(query({ now }))[0]).toBe('14:30')
    expect(times(query({ now: new Date('2026-12-09T03:00:00Z') }))).toEqual([])
    // 23:30 WIB on Monday is still Monday in Jakarta, 16:30 UTC: all of Tuesday is open.
    expect(times(query({ now: new Date('2026-12-07T16:30:00Z') }))[0]).toBe('10:00')
    // 00:30 WIB on Tuesday is 17:30 UTC on Monday: Tuesday is today, opening is ahead.
    expect(times(query({ now: new Date('2026-12-07T17:30:00Z') }))[0]).toBe('10:00')
  })

  it('keeps a room for the whole session plus the buffer', () => {
    const held: HeldSession[] = [
      { date: TUESDAY, time: '12:00', durationMinutes: 60, therapistId: 'ayu' },
      { date: TUESDAY, time: '12:00', durationMinutes: 60, therapistId: 'made' },
    ]
    const oneRoomFree = times(query({ rooms: 2, held }))
    // 11:00 + 60 + 15 buffer runs into 12:00; 13:00 is inside 12:00 + 60 + 15.
    expect(oneRoomFree).not.toContain('11:00')
    expect(oneRoomFree).not.toContain('12:00')
    expect(oneRoomFree).not.toContain('13:00')
    expect(oneRoomFree).toContain('10:00')
    expect(oneRoomFree).toContain('13:30')
    expect(times(query({ rooms: 2, held, bufferMinutes: 0 }))).toContain('13:00')
  })

  it('needs a therapist who gives the treatment, works then and is not on a day off', () => {
    const therapists = [
      therapist('ayu', { serviceIds: ['deep'] }),
      therapist('made', { shifts: allWeek('14:00', '21:00') }),
      therapist('sari', { daysOff: [TUESDAY] }),
    ]
    const slots = freeSlots(query({ therapists }))
    expect(slots[0]).toEqual({ time: '14:00', therapistIds: ['made'] })
    // The shift covers the session; the buffer after the last one may run past it.
    expect(slots.at(-1)?.time).toBe('20:00')
    const early = [therapist('ayu', { shifts: allWeek('10:00', '14:00') })]
    expect(times(query({ therapists: early })).at(-1)).toBe('13:00')
  })

  it('with a chosen therapist, shows only their times', () => {
    const held: HeldSession[] = [
      { date: TUESDAY, time: '15:00', durationMinutes: 90, therapistId: 'made' },
    ]
    const made = times(query({ therapistId: 'made', held }))
    expect(made).not.toContain('15:00')
    expect(made).not.toContain('16:30')
    expect(made).toContain('17:00')
    expect(times(query({ therapistId: 'ayu', held }))).toContain('15:00')
  })

  it('counts "any therapist" sessions against the therapists left', () => {
    const held: HeldSession[] = [
      { date: TUESDAY, time: '12:00', durationMinutes: 60 },
      { date: TUESDAY, time: '12:00', durationMinutes: 60 },
    ]
    const two = [therapist('ayu'), therapist('made')]
    expect(times(query({ therapists: two, held }))).not.toContain('12:00')
    expect(times(query({ held }))).toContain('12:00')
    expect(times(query({ held, therapistId: 'sari' }))).toContain('12:00')
  })

  it('says whether one time is free and which free times are nearest', () => {
    const held: HeldSession[] = [{ date: TUESDAY, time: '14:00', durationMinutes: 60 }]
    const q = query({ rooms: 1, held })
    expect(isSlotFree({ ...q, time: '14:00' })).toBe(false)
    expect(isSlotFree({ ...q, time: '15:30' })).toBe(true)
    // 13:00 + 60 + 15 buffer runs into 14:00; 14:00 holds the room until 15:15.
    expect(nearestFreeTimes({ ...q, time: '14:00' })).toEqual(['12:00', '12:30', '15:30'])
  })

  it('computes 14 days × 10 therapists × 3 rooms with 500 sessions held (see npm run bench)', () => {
    const therapists = Array.from({ length: 10 }, (_, i) => therapist(`t${i}`))
    const held: HeldSession[] = Array.from({ length: 500 }, (_, i) => ({
      date: `2026-12-${String(8 + (i % 14)).padStart(2, '0')}`,
      time: `${String(10 + (i % 10)).padStart(2, '0')}:00`,
      durationMinutes: 60,
      therapistId: i % 3 === 0 ? null : `t${i % 10}`,
    }))
    const days = Array.from({ length: 14 }, (_, i) => `2026-12-${String(8 + i).padStart(2, '0')}`)
    const total = days.reduce(
      (sum, date) => sum + freeSlots(query({ date, therapists, held })).length,
      0,
    )
    expect(total).toBeGreaterThan(0)
  })
})

describe('free slots never overbook (property-based)', () => {
  const clock = fc.integer({ min: 20, max: 41 }).map((half) => {
    const minutes = half * 30
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  })
  const request = fc.record({
    time: clock,
    durationMinutes: fc.constantFrom(60, 90, 120),
    therapistId: fc.option(fc.constantFrom('ayu', 'made', 'sari'), { nil: null }),
  })

  it('accepting only free times keeps rooms and therapists within capacity at every moment', () => {
    fc.assert(
      fc.property(
        fc.array(request, { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(0, 10, 15),
        (requests, rooms, bufferMinutes) => {
          const held: HeldSession[] = []
          const base = query({ rooms, bufferMinutes })
          for (const wanted of requests) {
            const q = { ...base, ...wanted, held }
            if (isSlotFree({ ...q, time: wanted.time })) held.push({ date: TUESDAY, ...wanted })
          }
          for (let minute = 600; minute < 21 * 60 + 120; minute += 5) {
            const running = held.filter((session) => {
              const start = minutesOf(session.time)
              return start <= minute && minute < start + session.durationMinutes + bufferMinutes
            })
            expect(running.length).toBeLessThanOrEqual(rooms)
            expect(running.length).toBeLessThanOrEqual(3)
            const named = running.map((session) => session.therapistId).filter(Boolean)
            expect(new Set(named).size).toBe(named.length)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
