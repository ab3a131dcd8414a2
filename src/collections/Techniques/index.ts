import type { CollectionConfig } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { contentAccess } from '@/access/contentAccess'
import { DEPTHS, selectOptions } from '@/fields/options'
import { slugField } from '@/fields/slug'
import { recordCompleteTranslations, translationStatusField } from '@/fields/translationStatus'
import { sortOrderField } from '@/fields/sortOrder'
import { revalidationHooks } from '@/hooks/revalidate'

export const Techniques: CollectionConfig = {
  slug: 'techniques',
  labels: {
    singular: { en: 'Technique', id: 'Teknik' },
    plural: { en: 'Techniques', id: 'Teknik' },
  },
  admin: {
    useAsTitle: 'name',
    group: GROUPS.content,
    hidden: visibleOnlyTo('admin', 'editor'),
    defaultColumns: ['name', 'depth', '_status', 'missingTranslations'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: 'sortOrder',
  hooks: { beforeChange: [recordCompleteTranslations], ...revalidationHooks('techniques') },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true, required: true },
    {
      name: 'depth',
      type: 'select',
      required: true,
      options: selectOptions(DEPTHS),
      admin: { position: 'sidebar' },
    },
    {
      name: 'physiology',
      label: 'What it does in the body',
      type: 'textarea',
      localized: true,
      required: true,
    },
    sortOrderField(),
    translationStatusField(),
  ],
}
