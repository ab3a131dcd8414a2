import type { CollectionConfig } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { previewButton } from '@/preview/previewUrl'
import { contentAccess } from '@/access/contentAccess'
import { LICENCE_TYPES, selectOptions } from '@/fields/options'
import { slugField } from '@/fields/slug'
import { translationStatusField } from '@/fields/translationStatus'
import { seoFields } from '@/fields/seo'
import { sortOrderField } from '@/fields/sortOrder'
import { wholeNumber } from '@/fields/validators'
import { daysOffField, workingHoursField } from '@/fields/schedule'
import { anyStaffField } from '@/access/anyStaff'
import { pageHooks } from '@/hooks/pageHooks'

export const SPOKEN_LANGUAGES = [
  { value: 'id', label: { en: 'Indonesian', id: 'Bahasa Indonesia' } },
  { value: 'en', label: { en: 'English', id: 'Bahasa Inggris' } },
  { value: 'jv', label: { en: 'Javanese', id: 'Bahasa Jawa' } },
  { value: 'zh', label: { en: 'Chinese (Mandarin)', id: 'Bahasa Mandarin' } },
  { value: 'ja', label: { en: 'Japanese', id: 'Bahasa Jepang' } },
  { value: 'ko', label: { en: 'Korean', id: 'Bahasa Korea' } },
  { value: 'ar', label: { en: 'Arabic', id: 'Bahasa Arab' } },
]

export const Therapists: CollectionConfig = {
  slug: 'therapists',
  labels: {
    singular: { en: 'Therapist', id: 'Terapis' },
    plural: { en: 'Therapists', id: 'Terapis' },
  },
  admin: {
    preview: previewButton('therapists'),
    useAsTitle: 'name',
    group: GROUPS.content,
    hidden: visibleOnlyTo('admin', 'editor'),
    defaultColumns: ['name', 'title', 'active', '_status', 'missingTranslations'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: 'sortOrder',
  hooks: pageHooks('therapists'),
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    {
      name: 'title',
      label: { en: 'Job title', id: 'Jabatan' },
      type: 'text',
      localized: true,
      required: true,
    },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'bio', type: 'textarea', localized: true, required: true },
    {
      name: 'licence',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'type', type: 'select', required: true, options: selectOptions(LICENCE_TYPES) },
            { name: 'number', type: 'text', required: true },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'issuingBody', type: 'text', required: true },
            {
              name: 'validUntil',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
            },
          ],
        },
      ],
    },
    { name: 'modalities', type: 'relationship', relationTo: 'modalities', hasMany: true },
    {
      name: 'specialties',
      type: 'array',
      fields: [{ name: 'label', type: 'text', localized: true, required: true }],
    },
    { name: 'languages', type: 'select', hasMany: true, options: SPOKEN_LANGUAGES },
    {
      name: 'yearsOfExperience',
      type: 'number',
      min: 0,
      max: 60,
      validate: wholeNumber({ en: 'Years of experience', id: 'Lama pengalaman' }),
    },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
    {
      type: 'collapsible',
      label: {
        en: 'Schedule and treatments (for booking)',
        id: 'Jadwal dan perawatan (untuk pemesanan)',
      },
      fields: [
        {
          name: 'services',
          label: { en: 'Treatments given', id: 'Perawatan yang diberikan' },
          type: 'relationship',
          relationTo: 'services',
          hasMany: true,
          admin: {
            allowCreate: false,
            description: {
              en: 'Booking offers this therapist only for these treatments.',
              id: 'Pemesanan menawarkan terapis ini hanya untuk perawatan ini.',
            },
          },
        },
        workingHoursField,
        // Leave and holidays are the spa's business, not the public's.
        { ...daysOffField, access: { read: anyStaffField } },
      ],
    },
    sortOrderField(),
    translationStatusField(),
    seoFields(),
  ],
}
