import type { GroupField } from 'payload'

/** Search and sharing overrides; pages fall back to the document's name and summary. */
export const seoFields = (): GroupField => ({
  name: 'meta',
  label: 'SEO',
  type: 'group',
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 170 },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
  admin: {
    description: {
      en: 'Optional. Leave empty to use the name and summary.',
      id: 'Opsional. Kosongkan untuk memakai nama dan ringkasan.',
    },
  },
})
