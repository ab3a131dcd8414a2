import type { Block } from 'payload'

/** Questions and answers; search engines read them as an FAQ. */
export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: {
    singular: { en: 'Questions and answers', id: 'Tanya jawab' },
    plural: { en: 'Questions and answers', id: 'Tanya jawab' },
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
