import type { Block } from 'payload'
import { blockLabels, headingField } from '@/fields/blockText'

export const FACT_KINDS = ['arrival', 'payment', 'parking', 'cancellation', 'other'] as const

/** "Good to know" before a visit: arrival, payment, parking, cancellation. */
export const FactsBlock: Block = {
  slug: 'facts',
  interfaceName: 'FactsBlock',
  labels: blockLabels('Good to know', 'Perlu diketahui'),
  fields: [
    headingField(),
    {
      name: 'items',
      label: { en: 'Facts', id: 'Fakta' },
      labels: { singular: { en: 'Fact', id: 'Fakta' }, plural: { en: 'Facts', id: 'Fakta' } },
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 8,
      fields: [
        {
          name: 'kind',
          label: { en: 'About', id: 'Tentang' },
          type: 'select',
          required: true,
          defaultValue: 'other',
          options: [
            { value: 'arrival', label: { en: 'Arrival', id: 'Kedatangan' } },
            { value: 'payment', label: { en: 'Payment', id: 'Pembayaran' } },
            { value: 'parking', label: { en: 'Parking', id: 'Parkir' } },
            { value: 'cancellation', label: { en: 'Cancellation', id: 'Pembatalan' } },
            { value: 'other', label: { en: 'Other', id: 'Lainnya' } },
          ],
        },
        {
          name: 'title',
          label: { en: 'Title', id: 'Judul' },
          type: 'text',
          localized: true,
          required: true,
          maxLength: 60,
        },
        {
          name: 'text',
          label: { en: 'Text', id: 'Teks' },
          type: 'textarea',
          localized: true,
          required: true,
          maxLength: 400,
        },
      ],
    },
  ],
}
