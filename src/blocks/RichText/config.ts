import type { Block } from 'payload'

/** Headings, paragraphs, lists and links, as the editor writes them. */
export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: { en: 'Text', id: 'Teks' }, plural: { en: 'Texts', id: 'Teks' } },
  fields: [
    {
      name: 'content',
      label: { en: 'Text', id: 'Teks' },
      type: 'richText',
      localized: true,
      required: true,
    },
  ],
}
