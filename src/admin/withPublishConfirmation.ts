import type { CollectionConfig, Field } from 'payload'

/**
 * The form paths of required translatable fields, except those filled in on save when left empty
 * (a slug is made from the name), which the translation check judges by what is typed.
 */
export const requiredTranslatable = (fields: Field[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        requiredTranslatable(
          tab.fields,
          'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
        ),
      )
    }
    if ('name' in field && field.type === 'group') {
      return requiredTranslatable(field.fields, `${prefix}${field.name}.`)
    }
    if ('name' in field) {
      const generated = 'hooks' in field && Boolean(field.hooks?.beforeValidate?.length)
      return 'localized' in field &&
        field.localized &&
        'required' in field &&
        field.required &&
        !generated
        ? [`${prefix}${field.name}`]
        : []
    }
    return 'fields' in field && Array.isArray(field.fields)
      ? requiredTranslatable(field.fields, prefix)
      : []
  })

const withStatusField = (fields: Field[], required: string[]): Field[] =>
  fields.map((field) =>
    'name' in field && field.name === 'missingTranslations' && field.admin?.components?.Field
      ? ({
          ...field,
          admin: {
            ...field.admin,
            components: {
              ...field.admin.components,
              Field: {
                path: '@/components/admin/TranslationStatusField#TranslationStatusField',
                clientProps: { required },
              },
            },
          },
        } as Field)
      : field,
  )

/**
 * Documents with drafts publish through ConfirmPublishButton, which asks first when a language's
 * required fields are empty; it and the sidebar's translation status are told which fields those
 * are, so both follow the form as it is typed.
 */
export function withPublishConfirmation(collection: CollectionConfig): CollectionConfig {
  const required = requiredTranslatable(collection.fields)
  const fields = withStatusField(collection.fields, required)
  const versions = collection.versions
  if (!versions || typeof versions !== 'object' || !versions.drafts) {
    return { ...collection, fields }
  }
  return {
    ...collection,
    fields,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: {
            path: '@/components/admin/ConfirmPublishButton#ConfirmPublishButton',
            clientProps: { required },
          },
        },
      },
    },
  }
}
