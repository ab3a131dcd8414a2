import { idOf } from '@/booking/availability'
import { addDays } from '@/booking/bookingQuery'
import { shortDay } from '@/booking/frontDesk'
import { jakartaToday } from '@/utilities/jakartaTime'
import type { Parts } from './index'

type Count = { label: string; count: number }

const tally = (keys: string[]): Map<string, number> =>
  keys.reduce((counts, key) => counts.set(key, (counts.get(key) ?? 0) + 1), new Map())

function CountList({ title, counts, testId }: { title: string; counts: Count[]; testId: string }) {
  return (
    <div data-testid={testId}>
      <h3 style={{ fontSize: '1rem', margin: '0.5rem 0' }}>{title}</h3>
      <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
        {counts.map(({ label, count }) => (
          <li key={label}>
            {label}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * For editors and marketing: how many requests came in over the last week, per day, treatment
 * and promo code. Read with their own access, which leaves guests' personal fields out.
 */
export async function BookingCounts({ payload, user, text, language }: Parts) {
  const today = jakartaToday(new Date()).isoDate
  const days = Array.from({ length: 7 }, (_, index) => addDays(today, index - 6))
  const since = new Date(`${days[0]}T00:00:00+07:00`).toISOString()
  const [found, services] = await Promise.all([
    payload.find({
      collection: 'inquiries',
      where: { createdAt: { greater_than_equal: since } },
      select: { service: true, promoCode: true, createdAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
    }),
    payload.find({
      collection: 'services',
      select: { name: true },
      pagination: false,
      depth: 0,
      locale: language,
    }),
  ])
  const names = new Map(services.docs.map((doc) => [String(doc.id), doc.name]))
  const docs = found.docs
  const perDay = tally(docs.map((doc) => jakartaToday(new Date(doc.createdAt)).isoDate))
  const perService = tally(docs.map((doc) => names.get(idOf(doc.service) ?? '') ?? text.noService))
  const perCode = tally(docs.map((doc) => doc.promoCode || text.noCode))
  const sorted = (counts: Map<string, number>): Count[] =>
    [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count)
  return (
    <section
      data-testid="dashboard-booking-counts"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 8,
        padding: '1rem 1.25rem',
      }}
    >
      <h2 style={{ margin: '0 0 0.5rem', fontSize: '1.15rem' }}>
        {text.bookings}: {docs.length}
      </h2>
      <p style={{ margin: '0 0 0.5rem' }}>{text.countsIntro}</p>
      <CountList
        title={text.byDay}
        testId="counts-by-day"
        counts={days
          .slice()
          .reverse()
          .map((day) => ({ label: shortDay(day, language), count: perDay.get(day) ?? 0 }))}
      />
      <CountList title={text.byService} testId="counts-by-service" counts={sorted(perService)} />
      <CountList title={text.byCode} testId="counts-by-code" counts={sorted(perCode)} />
    </section>
  )
}
