import { describe, expect, it } from 'vitest'
import { whereQuery } from '@/admin/whereQuery'
import { promotionState } from '@/collections/Promotions/state'
import { jakartaDayAndWeekStart } from '@/components/admin/Dashboard/wib'

describe('promotion state', () => {
  const now = new Date('2026-12-10T05:00:00Z')
  const window = { startsAt: '2026-12-11T00:00:00Z', endsAt: '2026-12-20T00:00:00Z' }
  it('is Draft until published, then Scheduled, Live and Ended by the window', () => {
    expect(promotionState({ ...window, _status: 'draft' }, now)).toBe('draft')
    expect(promotionState({ ...window, _status: 'published' }, now)).toBe('scheduled')
    expect(
      promotionState({ ...window, _status: 'published' }, new Date('2026-12-12T00:00:00Z')),
    ).toBe('live')
    expect(
      promotionState({ ...window, _status: 'published' }, new Date('2026-12-20T00:00:00Z')),
    ).toBe('ended')
  })
})

describe('dashboard helpers', () => {
  it('starts today and the week at midnight in Jakarta', () => {
    // Thursday 3 Dec 2026, 01:00 WIB = Wednesday 2 Dec, 18:00 UTC.
    const { today, week } = jakartaDayAndWeekStart(new Date('2026-12-02T18:00:00Z'))
    expect(today.toISOString()).toBe('2026-12-02T17:00:00.000Z')
    expect(week.toISOString()).toBe('2026-11-29T17:00:00.000Z') // Monday 30 Nov, 00:00 WIB
  })
  it('writes a where clause as the admin list reads it', () => {
    expect(whereQuery({ and: [{ status: { equals: 'new' } }] })).toEqual([
      'where%5Band%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=new',
    ])
  })
})
