'use client'
import { FieldLabel, useFormFields, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { promotionState } from '@/collections/Promotions/state'
import { PromotionStateBadge } from './PromotionStateBadge'

/** The sidebar badge: where this offer stands now, from its saved status and its window. */
export const PromotionStateField: TextFieldClientComponent = ({ field, path }) => {
  const { i18n } = useTranslation()
  const [status, startsAt, endsAt] = useFormFields(([fields]) => [
    fields._status?.value as string | undefined,
    fields.startsAt?.value as string | undefined,
    fields.endsAt?.value as string | undefined,
  ])
  const state = promotionState({ _status: status, startsAt, endsAt })
  return (
    <div className="field-type">
      <FieldLabel label={field.label} path={path} />
      <PromotionStateBadge state={state} language={i18n.language} />
    </div>
  )
}
