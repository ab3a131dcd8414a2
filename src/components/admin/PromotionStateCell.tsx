import type { DefaultServerCellComponentProps } from 'payload'
import { PROMOTION_STATES, type PromotionState } from '@/collections/Promotions/state'
import { PromotionStateBadge } from './PromotionStateBadge'

export function PromotionStateCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const state = PROMOTION_STATES.find((known) => known === cellData) as PromotionState | undefined
  return state ? <PromotionStateBadge state={state} language={i18n.language} /> : null
}
