import type { CollectionConfig } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { previewButton } from '@/preview/previewUrl'
import { contentAccess } from '@/access/contentAccess'
import { CONDITIONS, GOALS, selectOptions } from '@/fields/options'
import { slugField } from '@/fields/slug'
import { translationStatusField } from '@/fields/translationStatus'
import { seoFields } from '@/fields/seo'
import { sortOrderField } from '@/fields/sortOrder'
import { RUPIAH_BOUNDS, rupiahAmount, wholeNumber } from '@/fields/validators'
import { pageHooks } from '@/hooks/pageHooks'

export const Services: CollectionConfig = {
  slug: 'services',
  labels: {
    singular: { en: 'Service', id: 'Layanan' },
    plural: { en: 'Services', id: 'Layanan' },
  },
  admin: {
    preview: previewButton('services'),
    useAsTitle: 'name',
    group: GROUPS.content,
    hidden: visibleOnlyTo('admin', 'editor'),
    defaultColumns: ['name', 'modality', 'featured', '_status', 'missingTranslations'],
    description: {
      en: 'Treatments with their durations and prices in rupiah, in both languages.',
      id: 'Perawatan beserta durasi dan harganya dalam rupiah, dalam dua bahasa.',
    },
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: 'sortOrder',
  hooks: pageHooks('services'),
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField('name'),
    { name: 'modality', type: 'relationship', relationTo: 'modalities', required: true },
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 300 },
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'options',
      label: 'Durations and prices',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 6,
      labels: {
        singular: { en: 'Option', id: 'Pilihan' },
        plural: { en: 'Options', id: 'Pilihan' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'durationMinutes',
              label: 'Duration (minutes)',
              type: 'number',
              required: true,
              min: 15,
              max: 300,
              validate: wholeNumber({ en: 'Duration', id: 'Durasi' }),
            },
            {
              name: 'priceIdr',
              label: 'Price (IDR)',
              type: 'number',
              required: true,
              min: RUPIAH_BOUNDS.min,
              max: RUPIAH_BOUNDS.max,
              validate: rupiahAmount({ en: 'Price', id: 'Harga' }),
              admin: {
                description: {
                  en: 'Whole rupiah, e.g. 350000.',
                  id: 'Rupiah tanpa desimal, mis. 350000.',
                },
                components: { afterInput: ['@/components/admin/RupiahHint#RupiahHint'] },
              },
            },
          ],
        },
      ],
    },
    { name: 'techniques', type: 'relationship', relationTo: 'techniques', hasMany: true },
    {
      name: 'goals',
      type: 'select',
      hasMany: true,
      options: selectOptions(GOALS),
      admin: {
        description: {
          en: 'Visitors filter services by these goals.',
          id: 'Pengunjung menyaring layanan berdasarkan tujuan ini.',
        },
      },
    },
    {
      name: 'contraindications',
      type: 'select',
      hasMany: true,
      options: selectOptions(CONDITIONS),
      admin: {
        description: {
          en: 'In addition to the massage type’s own contraindications; shown as warnings.',
          id: 'Di luar kontraindikasi jenis pijatnya; ditampilkan sebagai peringatan.',
        },
      },
    },
    {
      name: 'requiresLicensedTherapist',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        components: { Cell: '@/components/admin/CheckMarkCell#CheckMarkCell' },
      },
    },
    sortOrderField(),
    { name: 'image', type: 'upload', relationTo: 'media' },
    translationStatusField(),
    seoFields(),
  ],
}
