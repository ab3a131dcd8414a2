'use client'
import { FieldLabel, useTranslation } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'
import { TranslationStatus } from './TranslationStatus'
import { useTranslationGaps } from './useTranslationGaps'

/** "EN ✓ · ID missing", following the form as it is typed (see useTranslationGaps). */
export const TranslationStatusField: SelectFieldClientComponent = (props) => {
  const { field, path } = props
  const { required = [] } = props as typeof props & { required?: string[] }
  const missing = useTranslationGaps(required)
  const { i18n } = useTranslation()
  return (
    <div className="field-type" data-testid="translation-status" aria-live="polite">
      <FieldLabel label={field.label} path={path} />
      <TranslationStatus missing={missing} language={i18n.language} />
    </div>
  )
}
