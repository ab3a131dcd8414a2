import type { PromotionState } from '@/collections/Promotions/state'
import { STATE_LABELS } from '@/collections/Promotions/state'

const COLOURS: Record<PromotionState, { background: string; color: string }> = {
  live: { background: '#dfe8e0', color: '#16302a' },
  scheduled: { background: '#f1e8da', color: '#6b4a1f' },
  ended: { background: '#e9e6e1', color: '#4a4640' },
  draft: { background: '#fbe4dc', color: '#7a3522' },
}

/** "Live", "Scheduled", "Ended" or "Draft" as a small coloured badge. */
export function PromotionStateBadge({
  state,
  language,
}: {
  state: PromotionState
  language: string
}) {
  return (
    <span
      data-testid="promotion-state"
      data-state={state}
      style={{
        ...COLOURS[state],
        display: 'inline-block',
        padding: '0.1rem 0.6rem',
        borderRadius: '999px',
        fontWeight: 600,
        fontSize: '0.85em',
      }}
    >
      {STATE_LABELS[state][language === 'id' ? 'id' : 'en']}
    </span>
  )
}
