import { describe, expect, it } from 'vitest'
import { SlotClaims } from '@/booking/slotClaims'

const session = { date: '2026-12-10', time: '14:00', durationMinutes: 90, therapistId: null }
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 3, 3, 0, seconds))

describe('slot claims: requests being stored count as held', () => {
  it('counts a claim on its day only, until the stored request is seen', () => {
    const claims = new SlotClaims()
    const token = claims.claim(session, at(0))
    expect(claims.pending('2026-12-10', new Set(), at(1))).toHaveLength(1)
    expect(claims.pending('2026-12-11', new Set(), at(1))).toHaveLength(0)
    claims.settle(token, 'inquiry-1')
    // Stored but not yet visible to the reader: still counted.
    expect(claims.pending('2026-12-10', new Set(), at(2))).toHaveLength(1)
    // Visible among the held sessions: counted there, not twice.
    expect(claims.pending('2026-12-10', new Set(['inquiry-1']), at(3))).toHaveLength(0)
    expect(claims.pending('2026-12-10', new Set(), at(4))).toHaveLength(0)
  })

  it('forgets a refused request at once and a failed one after the time limit', () => {
    const claims = new SlotClaims(10_000)
    claims.release(claims.claim(session, at(0)))
    expect(claims.pending('2026-12-10', new Set(), at(1))).toHaveLength(0)
    claims.claim(session, at(0))
    expect(claims.pending('2026-12-10', new Set(), at(9))).toHaveLength(1)
    expect(claims.pending('2026-12-10', new Set(), at(11))).toHaveLength(0)
  })
})
