import type { Block } from 'payload'

/** A row of therapists with their specialities. */
export const TherapistsBlock: Block = {
  slug: 'therapists',
  interfaceName: 'TherapistsBlock',
  labels: {
    singular: { en: 'Therapists', id: 'Terapis' },
    plural: { en: 'Therapists', id: 'Terapis' },
  },
  fields: [
    {
      name: 'heading',
      label: { en: 'Heading', id: 'Judul' },
      type: 'text',
      localized: true,
      required: true,
      maxLength: 80,
    },
    {
      name: 'intro',
      label: { en: 'Intro', id: 'Pengantar' },
      type: 'textarea',
      localized: true,
      maxLength: 240,
    },
    {
      name: 'limit',
      label: { en: 'At most', id: 'Paling banyak' },
      type: 'number',
      defaultValue: 4,
      min: 1,
      max: 8,
      admin: { step: 1 },
    },
    {
      name: 'linkLabel',
      label: { en: 'Link to all therapists', id: 'Tautan ke semua terapis' },
      type: 'text',
      localized: true,
      maxLength: 60,
    },
  ],
}
