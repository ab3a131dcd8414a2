import type { Block } from 'payload'
import { blockLabels, headingField, introField } from '@/fields/blockText'

/** A row of therapists with their specialities. */
export const TherapistsBlock: Block = {
  slug: 'therapists',
  interfaceName: 'TherapistsBlock',
  labels: blockLabels('Therapists', 'Terapis'),
  fields: [
    headingField(),
    introField(),
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
