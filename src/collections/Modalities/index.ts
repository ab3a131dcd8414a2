import type { CollectionConfig } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { previewButton } from '@/preview/previewUrl'
import { contentAccess } from '@/access/contentAccess'
import { CONDITIONS, GOALS, PRESSURES, TARGETS, selectOptions } from '@/fields/options'
import { slugField } from '@/fields/slug'
import { translationStatusField } from '@/fields/translationStatus'
import { sortOrderField } from '@/fields/sortOrder'
import { seoFields } from '@/fields/seo'
import { pageHooks } from '@/hooks/pageHooks'

/** "Massage types": structured on purpose, comparison pages and the guide are built from these fields. */
export const Modalities: CollectionConfig = {
  slug: 'modalities',
  labels: {
    singular: { en: 'Massage type', id: 'Jenis pijat' },
    plural: { en: 'Massage types', id: 'Jenis pijat' },
  },
  admin: {
    preview: previewButton('modalities'),
    useAsTitle: 'name',
    group: GROUPS.content,
    hidden: visibleOnlyTo('admin', 'editor'),
    defaultColumns: ['name', 'target', '_status', 'missingTranslations'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: 'sortOrder',
  hooks: pageHooks('modalities'),
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField('name'),
    { name: 'tagline', type: 'text', localized: true, required: true },
    { name: 'summary', type: 'textarea', localized: true, required: true },
    { name: 'body', type: 'richText', localized: true },
    { name: 'primaryGoal', type: 'textarea', localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'target', type: 'select', required: true, options: selectOptions(TARGETS) },
        {
          name: 'pressure',
          type: 'select',
          hasMany: true,
          required: true,
          options: selectOptions(PRESSURES),
        },
      ],
    },
    { name: 'techniques', type: 'relationship', relationTo: 'techniques', hasMany: true },
    {
      name: 'indications',
      label: 'Choose this when…',
      type: 'array',
      minRows: 1,
      fields: [
        {
          name: 'goal',
          type: 'select',
          options: selectOptions(GOALS),
          admin: {
            description: {
              en: 'The visitor goal this answers (used by the guide).',
              id: 'Tujuan pengunjung yang sesuai untuk jenis pijat ini (dipakai oleh panduan).',
            },
          },
        },
        { name: 'text', type: 'text', localized: true, required: true },
      ],
    },
    {
      name: 'notIntendedFor',
      label: 'Not intended for',
      type: 'array',
      fields: [
        {
          name: 'goal',
          type: 'select',
          options: selectOptions(GOALS),
          admin: {
            description: {
              en: 'A goal this massage type does not serve (used by the guide).',
              id: 'Tujuan pengunjung yang tidak sesuai untuk jenis pijat ini (dipakai oleh panduan).',
            },
          },
        },
        { name: 'text', type: 'text', localized: true, required: true },
      ],
    },
    {
      name: 'benefits',
      type: 'array',
      fields: [
        { name: 'benefit', type: 'text', localized: true, required: true },
        {
          name: 'evidenceNote',
          type: 'textarea',
          localized: true,
          required: true,
          admin: {
            description: {
              en: 'How strong the evidence is, in modest words ("may help…").',
              id: 'Seberapa kuat bukti ilmiahnya, dengan bahasa yang tidak berlebihan ("dapat membantu…").',
            },
          },
        },
      ],
    },
    {
      name: 'contraindications',
      type: 'array',
      fields: [
        { name: 'condition', type: 'select', required: true, options: selectOptions(CONDITIONS) },
        { name: 'advice', type: 'text', localized: true, required: true },
      ],
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
    sortOrderField(),
    translationStatusField(),
    seoFields(),
  ],
}
