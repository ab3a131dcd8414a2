import type { Block } from 'payload'
import { headingField } from '@/fields/blockText'

/** A picture beside a heading and text. */
export const MediaTextBlock: Block = {
  slug: 'mediaText',
  interfaceName: 'MediaTextBlock',
  labels: {
    singular: { en: 'Picture and text', id: 'Gambar dan teks' },
    plural: { en: 'Pictures and text', id: 'Gambar dan teks' },
  },
  fields: [
    headingField(),
    {
      name: 'text',
      label: { en: 'Text', id: 'Teks' },
      type: 'richText',
      localized: true,
      required: true,
    },
    {
      name: 'image',
      label: { en: 'Picture', id: 'Gambar' },
      type: 'upload',
      relationTo: 'media',
      required: true,
    },
    {
      name: 'imageSide',
      label: { en: 'Picture on the', id: 'Posisi gambar' },
      type: 'select',
      required: true,
      defaultValue: 'start',
      options: [
        {
          value: 'start',
          label: { en: 'Left (above on phones)', id: 'Kiri (di atas pada ponsel)' },
        },
        {
          value: 'end',
          label: { en: 'Right (below on phones)', id: 'Kanan (di bawah pada ponsel)' },
        },
      ],
    },
  ],
}
