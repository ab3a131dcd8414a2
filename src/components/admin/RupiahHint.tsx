'use client'
import { useField, useTranslation } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { formatIdr } from '@/utilities/format'

/** Under a rupiah input: the amount as visitors will read it, e.g. "= Rp 450.000". */
export const RupiahHint: NumberFieldClientComponent = ({ path, field }) => {
  const { value } = useField<number | null>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  const locale = i18n.language === 'id' ? 'id' : 'en'
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  return (
    <p
      data-testid="rupiah-hint"
      style={{ margin: '0.25rem 0 0', color: 'var(--theme-elevation-600)' }}
    >
      = {formatIdr(value, locale)}
    </p>
  )
}
