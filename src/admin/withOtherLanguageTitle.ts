import type { CollectionConfig, Field } from 'payload'

const CELL = '@/components/admin/OtherLanguageTitle/OtherLanguageTitleCell#OtherLanguageTitleCell'
const HINT = '@/components/admin/OtherLanguageTitle/TitleFromOtherLanguage#TitleFromOtherLanguage'

const withTitleParts = (fields: Field[], title: string): Field[] =>
  fields.map((field) => {
    if ('name' in field && field.name === title && 'localized' in field && field.localized) {
      const admin = field.admin ?? {}
      const components = (admin.components ?? {}) as Record<string, unknown>
      const afterInput = Array.isArray(components.afterInput) ? components.afterInput : []
      return {
        ...field,
        admin: {
          ...admin,
          components: { ...components, Cell: CELL, afterInput: [...afterInput, HINT] },
        },
      } as Field
    }
    if ('fields' in field && Array.isArray(field.fields) && !('name' in field)) {
      return { ...field, fields: withTitleParts(field.fields, title) } as Field
    }
    return field
  })

/**
 * A translated collection's title: in lists and page headings an untranslated document is named
 * by its other language's title; while translating, that title is shown under the field.
 */
export function withOtherLanguageTitle(collection: CollectionConfig): CollectionConfig {
  const title = collection.admin?.useAsTitle
  if (!title) return collection
  return { ...collection, fields: withTitleParts(collection.fields, title) }
}
