import type { Block } from 'payload'

/** The massage types side by side, leading to the full comparison. */
export const ComparisonTeaserBlock: Block = {
  slug: 'comparisonTeaser',
  interfaceName: 'ComparisonTeaserBlock',
  labels: {
    singular: { en: 'Massage types compared', id: 'Perbandingan jenis pijat' },
    plural: { en: 'Massage types compared', id: 'Perbandingan jenis pijat' },
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
      name: 'linkLabel',
      label: { en: 'Link to the comparison', id: 'Tautan ke perbandingan' },
      type: 'text',
      localized: true,
      required: true,
      maxLength: 60,
    },
  ],
}
