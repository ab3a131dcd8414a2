import type { Block } from 'payload'
import { blockLabels, headingField } from '@/fields/blockText'

/** Questions and answers; search engines read them as an FAQ. */
export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: blockLabels('Questions and answers', 'Tanya jawab'),
  fields: [
    headingField(),
    {
      name: 'items',
      label: { en: 'Questions', id: 'Pertanyaan' },
      labels: {
        singular: { en: 'Question', id: 'Pertanyaan' },
        plural: { en: 'Questions', id: 'Pertanyaan' },
      },
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 20,
      fields: [
        {
          name: 'question',
          label: { en: 'Question', id: 'Pertanyaan' },
          type: 'text',
          localized: true,
          required: true,
          maxLength: 160,
        },
        {
          name: 'answer',
          label: { en: 'Answer', id: 'Jawaban' },
          type: 'textarea',
          localized: true,
          required: true,
          maxLength: 1200,
        },
      ],
    },
  ],
}
