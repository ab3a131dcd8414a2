// The slot engine on a busy fortnight: 14 days × 10 therapists × 3 rooms with 500 sessions held.
// Prints the median and worst time of computing every day's free times (target: under 50 ms).
import { freeSlots, type HeldSession, type TherapistSchedule } from '@/booking/slots'
import { WEEKDAYS } from '@/utilities/openingHours'

const hours = {
  openingHours: WEEKDAYS.map((day) => ({ day, closed: false, opens: '10:00', closes: '21:00' })),
}
const therapists: TherapistSchedule[] = Array.from({ length: 10 }, (_, i) => ({
  id: `t${i}`,
  serviceIds: ['relax', 'deep'],
  shifts: WEEKDAYS.map((weekday) => ({ weekday, start: i % 2 ? '10:00' : '13:00', end: '21:00' })),
  daysOff: [],
}))
const start = new Date('2026-12-08T00:00:00+07:00')
const days = Array.from({ length: 14 }, (_, i) =>
  new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10),
)
const held: HeldSession[] = Array.from({ length: 500 }, (_, i) => ({
  date: days[i % 14],
  time: `${String(10 + (i % 10)).padStart(2, '0')}:${i % 3 ? '00' : '30'}`,
  durationMinutes: [60, 90, 120][i % 3],
  therapistId: i % 4 === 0 ? null : `t${i % 10}`,
}))
const now = new Date('2026-12-07T01:00:00Z')

const runs: number[] = []
let slots = 0
for (let run = 0; run < 30; run += 1) {
  const began = performance.now()
  slots = 0
  for (const date of days) {
    slots += freeSlots({
      date,
      serviceId: 'relax',
      durationMinutes: 90,
      now,
      hours,
      rooms: 3,
      bufferMinutes: 15,
      therapists,
      held,
    }).length
  }
  runs.push(performance.now() - began)
}
runs.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    medianMs: Number(runs[15].toFixed(2)),
    worstMs: Number(runs.at(-1)?.toFixed(2)),
    freeSlots: slots,
  }),
)
