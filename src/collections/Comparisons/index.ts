import type { CollectionConfig } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { contentAccess } from '@/access/contentAccess'
import { COMPARISON_ATTRIBUTE_OPTIONS, selectOptions } from '@/fields/options'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { sortOrderField } from '@/fields/sortOrder'
import { translationStatusField } from '@/fields/translationStatus'
import { pageHooks } from '@/hooks/pageHooks'
import { previewButton } from '@/preview/previewUrl'
import { distinctAttributes, itemsOfKind } from './validation'

/**
 * Editorial head-to-heads of massage types or services. The table cells are read from the compared
 * documents, so a changed price or indication shows in every comparison at once.
 */
export const Comparisons: CollectionConfig = {
  slug: 'comparisons',
  labels: {
    singular: { en: 'Comparison', id: 'Perbandingan' },
    plural: { en: 'Comparisons', id: 'Perbandingan' },
  },
  admin: {
    useAsTitle: 'title',
    group: GROUPS.content,
    hidden: visibleOnlyTo('admin', 'editor'),
    preview: previewButton('comparisons'),
    defaultColumns: ['title', 'kind', '_status', 'missingTranslations'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: 'sortOrder',
  hooks: pageHooks('comparisons'),
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 90 },
    slugField('title'),
    { name: 'intro', type: 'textarea', localized: true, required: true, maxLength: 600 },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'kind',
      label: { en: 'Compares', id: 'Membandingkan' },
      type: 'select',
      required: true,
      defaultValue: 'modalities',
      options: [
        { value: 'modalities', label: { en: 'Massage types', id: 'Jenis pijat' } },
        { value: 'services', label: { en: 'Services', id: 'Layanan' } },
      ],
    },
    {
      name: 'items',
      label: { en: 'Compared items (columns)', id: 'Yang dibandingkan (kolom)' },
      type: 'array',
      validate: itemsOfKind,
      labels: {
        singular: { en: 'Item', id: 'Item' },
        plural: { en: 'Items', id: 'Item' },
      },
      fields: [
        {
          name: 'modality',
          type: 'relationship',
          relationTo: 'modalities',
          admin: { condition: (data) => data?.kind !== 'services' },
        },
        {
          name: 'service',
          type: 'relationship',
          relationTo: 'services',
          admin: { condition: (data) => data?.kind === 'services' },
        },
        {
          name: 'verdict',
          label: { en: 'Choose it if…', id: 'Pilih bila…' },
          type: 'textarea',
          localized: true,
          required: true,
          maxLength: 400,
        },
      ],
    },
    {
      name: 'rows',
      label: { en: 'Rows shown', id: 'Baris yang ditampilkan' },
      type: 'array',
      validate: distinctAttributes,
      labels: { singular: { en: 'Row', id: 'Baris' }, plural: { en: 'Rows', id: 'Baris' } },
      admin: {
        description: {
          en: 'The cells come from the compared documents. Add an editorial note to explain a row.',
          id: 'Isi sel diambil dari dokumen yang dibandingkan. Tambahkan catatan redaksi untuk menjelaskan satu baris.',
        },
      },
      fields: [
        {
          name: 'attribute',
          type: 'select',
          required: true,
          options: selectOptions(COMPARISON_ATTRIBUTE_OPTIONS),
        },
        { name: 'note', type: 'textarea', localized: true, maxLength: 400 },
      ],
    },
    {
      name: 'faq',
      label: 'FAQ',
      type: 'array',
      labels: {
        singular: { en: 'Question', id: 'Pertanyaan' },
        plural: { en: 'Questions', id: 'Pertanyaan' },
      },
      fields: [
        { name: 'question', type: 'text', localized: true, required: true },
        { name: 'answer', type: 'textarea', localized: true, required: true },
      ],
    },
    sortOrderField(),
    translationStatusField(),
    seoFields(),
  ],
}
