import type { Block } from 'payload'

/** A guest's words, with their permission. */
export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: { en: 'Quote', id: 'Kutipan' }, plural: { en: 'Quotes', id: 'Kutipan' } },
  fields: [
    {
      name: 'quote',
      label: { en: 'Quote', id: 'Kutipan' },
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 500,
      admin: {
        description: {
          en: 'Only a guest’s real words, with their permission; no promises of cures.',
          id: 'Hanya kata-kata asli tamu, dengan izinnya; tanpa janji kesembuhan.',
        },
      },
    },
    {
      name: 'name',
      label: { en: 'Who said it', id: 'Siapa yang mengatakan' },
      type: 'text',
      localized: true,
      required: true,
      maxLength: 80,
    },
    {
      name: 'detail',
      label: { en: 'Detail (e.g. treatment)', id: 'Keterangan (mis. perawatan)' },
      type: 'text',
      localized: true,
      maxLength: 80,
    },
  ],
}
