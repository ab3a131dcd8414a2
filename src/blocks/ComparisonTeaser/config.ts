import type { Block } from 'payload'
import { blockLabels, headingField, introField } from '@/fields/blockText'

/** The massage types side by side, leading to the full comparison. */
export const ComparisonTeaserBlock: Block = {
  slug: 'comparisonTeaser',
  interfaceName: 'ComparisonTeaserBlock',
  labels: blockLabels('Massage types compared', 'Perbandingan jenis pijat'),
  fields: [
    headingField(),
    introField(),
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
