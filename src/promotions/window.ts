import type { Where } from 'payload'

/** Published and running at `at`: started, not yet ended. */
export const activeAt = (at: Date): Where => ({
  and: [
    { _status: { equals: 'published' } },
    { startsAt: { less_than_equal: at.toISOString() } },
    { endsAt: { greater_than: at.toISOString() } },
  ],
})

export const isActiveAt = (
  promotion: { startsAt: string; endsAt: string; _status?: string | null },
  at: Date,
): boolean =>
  promotion._status !== 'draft' &&
  new Date(promotion.startsAt) <= at &&
  at < new Date(promotion.endsAt)
