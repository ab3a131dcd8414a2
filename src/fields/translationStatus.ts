import { nestedReq } from '@/hooks/nestedReq'
import type {
  CollectionBeforeChangeHook,
  CollectionSlug,
  FlattenedField,
  SelectField,
} from 'payload'
import { LOCALES, isLocale, type Locale } from '@/i18n/locales'
import { bilingual } from './bilingualLabel'

const filled = (value: unknown): boolean =>
  value !== null &&
  value !== undefined &&
  !(typeof value === 'string' && value.trim() === '') &&
  !(Array.isArray(value) && value.length === 0)

type Values = Record<string, unknown>

/** Every required translatable field is filled, in blocks and array rows too. */
export function translationComplete(fields: FlattenedField[], values: Values): boolean {
  return fields.every((field) => {
    const value = values[field.name]
    if ('localized' in field && field.localized && 'required' in field && field.required) {
      if (!filled(value)) return false
    }
    if (field.type === 'blocks' && Array.isArray(value)) {
      return (value as Values[]).every((row) => {
        const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
        return !block || translationComplete(block.flattenedFields, row)
      })
    }
    if (field.type === 'array' && Array.isArray(value)) {
      return (value as Values[]).every((row) => translationComplete(field.flattenedFields, row))
    }
    if (field.type === 'group' && value && typeof value === 'object') {
      return translationComplete(field.flattenedFields, value as Values)
    }
    return true
  })
}

/**
 * The languages in which a required translatable field is still empty, kept on the document so
 * the admin can show "en ✓ id ✗" in lists and filter for what still needs Indonesian.
 */
export const recordCompleteTranslations: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  const editing = isLocale(req.locale) ? req.locale : undefined

  const missing: Locale[] = []
  for (const locale of LOCALES) {
    let values: Record<string, unknown> = {}
    if (originalDoc?.id) {
      values = (await req.payload.findByID({
        collection: collection.slug as CollectionSlug,
        id: originalDoc.id,
        locale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req: nestedReq(req),
      })) as unknown as Record<string, unknown>
    }
    if (locale === editing) values = { ...values, ...data }
    if (!translationComplete(collection.flattenedFields, values)) missing.push(locale)
  }
  data.missingTranslations = missing
  return data
}

export const translationStatusField = (): SelectField => ({
  name: 'missingTranslations',
  label: bilingual('Translations', 'Terjemahan'),
  type: 'select',
  hasMany: true,
  options: LOCALES.map((locale) => ({
    value: locale,
    label: { en: locale.toUpperCase(), id: locale.toUpperCase() },
  })),
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Languages with a required field still empty. Filter "Translations is in ID" for what still needs Indonesian.',
      id: 'Bahasa yang kolom wajibnya masih kosong. Gunakan filter "Terjemahan berada di dalam ID" untuk menemukan yang belum diterjemahkan.',
    },
    components: {
      Cell: '@/components/admin/TranslationStatusCell#TranslationStatusCell',
      Field: '@/components/admin/TranslationStatusField#TranslationStatusField',
    },
  },
})
