import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { bilingual } from '@/fields/bilingualLabel'
import { FIELD_LABELS, ROW_LABELS } from './fieldLabels'

const CHECK_MARK_CELL = '@/components/admin/CheckMarkCell#CheckMarkCell'

// Fields Payload adds and labels itself (auth, uploads, timezones) are left as they are.
const hasOwnLabel = (field: Field) =>
  'label' in field && (typeof field.label === 'function' || typeof field.label === 'object')

function labelFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    let next = field
    if ('name' in field && FIELD_LABELS[field.name] && !hasOwnLabel(field)) {
      const [en, id] = FIELD_LABELS[field.name]
      next = { ...field, label: bilingual(en, id) } as Field
    }
    // An { en, id } label becomes a function too: Payload prints objects as "[object Object]" in
    // list sort buttons.
    const own = 'label' in next ? next.label : undefined
    if (own && typeof own === 'object' && 'en' in own && 'id' in own) {
      next = { ...next, label: bilingual(String(own.en), String(own.id)) } as Field
    }
    if (next.type === 'array' && !next.labels && ROW_LABELS[next.name]) {
      const [en, id] = ROW_LABELS[next.name]
      next = { ...next, labels: { singular: { en, id }, plural: { en, id } } }
    }
    // A tick box reads "✓ Ya" / "Tidak" in lists, not Payload's raw `true` / `benar`.
    if (next.type === 'checkbox' && !next.admin?.components?.Cell) {
      next = {
        ...next,
        admin: {
          ...next.admin,
          components: { ...next.admin?.components, Cell: CHECK_MARK_CELL },
        },
      }
    }
    if ('fields' in next && Array.isArray(next.fields)) {
      next = { ...next, fields: labelFields(next.fields) } as Field
    }
    if (next.type === 'tabs') {
      next = {
        ...next,
        tabs: next.tabs.map((tab) => ({ ...tab, fields: labelFields(tab.fields) })),
      }
    }
    return next
  })
}

/**
 * Every named field gets its label in the admin's language (see fieldLabels.ts), every array its
 * row label, and every tick box a list cell in words.
 */
export const withBilingualLabels = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({
  ...config,
  fields: labelFields(config.fields),
})
