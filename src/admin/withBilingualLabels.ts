import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { bilingual } from '@/fields/bilingualLabel'
import { FIELD_LABELS } from './fieldLabels'

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

/** Every named field gets its label in the admin's language (see fieldLabels.ts). */
export const withBilingualLabels = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({
  ...config,
  fields: labelFields(config.fields),
})
