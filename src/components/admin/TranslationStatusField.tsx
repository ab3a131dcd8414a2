'use client'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'
import { TranslationStatus } from './TranslationStatus'

export const TranslationStatusField: SelectFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string[] | null>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  return (
    <div className="field-type" data-testid="translation-status">
      <FieldLabel label={field.label} path={path} />
      <TranslationStatus missing={value ?? []} language={i18n.language} />
    </div>
  )
}
