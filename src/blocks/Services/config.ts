import type { Block } from 'payload'
import { blockLabels, headingField, introField } from '@/fields/blockText'
import { GOALS, selectOptions } from '@/fields/options'

export const SERVICE_SOURCES = ['featured', 'picked', 'filtered'] as const

/** Treatment cards with prices (and the offer price while an offer runs). */
export const ServicesBlock: Block = {
  slug: 'services',
  interfaceName: 'ServicesBlock',
  labels: blockLabels('Treatments', 'Perawatan'),
  fields: [
    headingField(),
    introField(),
    {
      name: 'source',
      label: { en: 'Which treatments', id: 'Perawatan yang ditampilkan' },
      type: 'select',
      required: true,
      defaultValue: 'featured',
      options: [
        { value: 'featured', label: { en: 'The featured ones', id: 'Yang ditonjolkan' } },
        { value: 'picked', label: { en: 'Picked by hand', id: 'Dipilih satu per satu' } },
        {
          value: 'filtered',
          label: { en: 'By massage type or goal', id: 'Menurut jenis pijat atau tujuan' },
        },
      ],
    },
    {
      name: 'services',
      label: { en: 'Treatments', id: 'Perawatan' },
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      maxRows: 9,
      admin: { condition: (_, sibling) => sibling?.source === 'picked' },
    },
    {
      type: 'row',
      admin: { condition: (_, sibling) => sibling?.source === 'filtered' },
      fields: [
        {
          name: 'modality',
          label: { en: 'Massage type', id: 'Jenis pijat' },
          type: 'relationship',
          relationTo: 'modalities',
        },
        {
          name: 'goal',
          label: { en: 'Goal', id: 'Tujuan' },
          type: 'select',
          options: selectOptions(GOALS),
        },
      ],
    },
    {
      name: 'limit',
      label: { en: 'At most', id: 'Paling banyak' },
      type: 'number',
      defaultValue: 6,
      min: 1,
      max: 12,
      admin: { step: 1 },
    },
  ],
}
