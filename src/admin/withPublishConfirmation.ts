import type { CollectionConfig, Field } from 'payload'

const requiredTranslatable = (fields: Field[]): string[] =>
  fields.flatMap((field) => {
    if ('name' in field) {
      return 'localized' in field && field.localized && 'required' in field && field.required
        ? [field.name]
        : []
    }
    return 'fields' in field && Array.isArray(field.fields)
      ? requiredTranslatable(field.fields)
      : []
  })

/**
 * Documents with drafts publish through ConfirmPublishButton, which asks first when a language's
 * required fields are empty (it is told which fields those are).
 */
export function withPublishConfirmation(collection: CollectionConfig): CollectionConfig {
  const versions = collection.versions
  if (!versions || typeof versions !== 'object' || !versions.drafts) return collection
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: {
            path: '@/components/admin/ConfirmPublishButton#ConfirmPublishButton',
            clientProps: { required: requiredTranslatable(collection.fields) },
          },
        },
      },
    },
  }
}
