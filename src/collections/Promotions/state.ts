import type { Where } from 'payload'

export const PROMOTION_STATES = ['live', 'scheduled', 'ended', 'draft'] as const
export type PromotionState = (typeof PROMOTION_STATES)[number]

export const STATE_LABELS: Record<PromotionState, { en: string; id: string }> = {
  live: { en: 'Live', id: 'Tayang' },
  scheduled: { en: 'Scheduled', id: 'Terjadwal' },
  ended: { en: 'Ended', id: 'Berakhir' },
  draft: { en: 'Draft', id: 'Draf' },
}

type Window = {
  _status?: string | null
  startsAt?: string | Date | null
  endsAt?: string | Date | null
}

const time = (value: string | Date | null | undefined) =>
  value ? new Date(value).getTime() : Number.NaN

/** Where an offer stands for visitors at `now`: only published offers inside their window are live. */
export function promotionState(promotion: Window, now: Date = new Date()): PromotionState {
  if (promotion._status !== 'published') return 'draft'
  const at = now.getTime()
  if (time(promotion.startsAt) > at) return 'scheduled'
  if (time(promotion.endsAt) <= at) return 'ended'
  return 'live'
}

/** The same states as list filters (the admin list and the dashboard count with them). */
export function promotionStateWhere(state: PromotionState, now: Date = new Date()): Where {
  const at = now.toISOString()
  const published: Where = { _status: { equals: 'published' } }
  switch (state) {
    case 'draft':
      return { _status: { not_equals: 'published' } }
    case 'scheduled':
      return { and: [published, { startsAt: { greater_than: at } }] }
    case 'ended':
      return { and: [published, { endsAt: { less_than_equal: at } }] }
    case 'live':
      return {
        and: [published, { startsAt: { less_than_equal: at } }, { endsAt: { greater_than: at } }],
      }
  }
}
