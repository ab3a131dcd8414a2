import type { Block } from 'payload'
import { linkGroup } from '@/fields/link'

/** The top of a page: headline, a few words, a picture and up to two actions. */
export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: { en: 'Hero', id: 'Hero' }, plural: { en: 'Heroes', id: 'Hero' } },
  fields: [
    {
      name: 'eyebrow',
      label: { en: 'Small line above', id: 'Baris kecil di atas' },
      type: 'text',
      localized: true,
      maxLength: 60,
    },
    {
      name: 'headline',
      label: { en: 'Headline', id: 'Judul utama' },
      type: 'text',
      localized: true,
      required: true,
      maxLength: 90,
    },
    {
      name: 'text',
      label: { en: 'Text', id: 'Teks' },
      type: 'textarea',
      localized: true,
      maxLength: 320,
    },
    {
      name: 'image',
      label: { en: 'Picture', id: 'Gambar' },
      type: 'upload',
      relationTo: 'media',
      admin: {
        description: {
          en: 'Landscape, at least 1600 px wide. Set its focal point in the media library so phones crop around it.',
          id: 'Lanskap, lebar minimal 1600 px. Atur titik fokusnya di pustaka media agar ponsel memotong di sekitarnya.',
        },
      },
    },
    {
      name: 'showTodayHours',
      label: { en: 'Show today’s opening hours', id: 'Tampilkan jam buka hari ini' },
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'actions',
      label: { en: 'Actions', id: 'Tombol' },
      labels: { singular: { en: 'Action', id: 'Tombol' }, plural: { en: 'Actions', id: 'Tombol' } },
      type: 'array',
      maxRows: 2,
      fields: [linkGroup({ name: 'link' })],
    },
    {
      name: 'highlights',
      label: { en: 'Short facts under the actions', id: 'Fakta singkat di bawah tombol' },
      labels: { singular: { en: 'Fact', id: 'Fakta' }, plural: { en: 'Facts', id: 'Fakta' } },
      type: 'array',
      maxRows: 4,
      fields: [
        {
          name: 'text',
          label: { en: 'Text', id: 'Teks' },
          type: 'text',
          localized: true,
          required: true,
          maxLength: 80,
        },
      ],
    },
  ],
}
