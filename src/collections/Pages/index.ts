import type { CollectionConfig, TextField } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { isPageAuthor } from '@/access/isPageAuthor'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { PAGE_BLOCKS } from '@/blocks'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { translationStatusField } from '@/fields/translationStatus'
import { recordCompleteTranslations } from '@/fields/translationStatus'
import { slugRedirectHooks } from '@/hooks/redirectOldSlug'
import { previewButton } from '@/preview/previewUrl'
import {
  expireChangedLanguages,
  expireDeletedPage,
  notePublishedPage,
} from './hooks/expireChangedLanguages'
import { notReservedSlug } from './hooks/notReservedSlug'

const redirects = slugRedirectHooks('pages')

/**
 * Pages editors and marketing build from blocks: the home page, About, the legal pages and
 * campaign landing pages. One layout for both languages; each block's words per language.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: { en: 'Page', id: 'Halaman' },
    plural: { en: 'Pages', id: 'Halaman' },
  },
  admin: {
    preview: previewButton('pages'),
    useAsTitle: 'title',
    group: GROUPS.content,
    hidden: visibleOnlyTo('admin', 'editor', 'marketing'),
    defaultColumns: ['title', 'slug', '_status', 'missingTranslations', 'updatedAt'],
    description: {
      en: 'Pages built from blocks, at /en/<slug> and /id/<slug>. Changes save as drafts while you type; the public site changes when you publish (or at the time you schedule).',
      id: 'Halaman yang disusun dari blok, di /en/<slug> dan /id/<slug>. Perubahan tersimpan sebagai draf saat Anda mengetik; situs publik berubah saat Anda memublikasikan (atau pada waktu yang Anda jadwalkan).',
    },
  },
  access: {
    read: publishedOrStaff,
    create: isPageAuthor,
    update: isPageAuthor,
    delete: isPageAuthor,
  },
  versions: {
    drafts: {
      // Live preview follows each autosave; the public cache only on publish (see revalidate.ts).
      autosave: { interval: 600 },
      schedulePublish: { timeFormat: 'HH:mm' },
    },
    maxPerDoc: 25,
  },
  defaultSort: 'title',
  hooks: {
    beforeChange: [recordCompleteTranslations, ...redirects.beforeChange, notePublishedPage],
    afterChange: [...redirects.afterChange, expireChangedLanguages],
    afterDelete: [...redirects.afterDelete, expireDeletedPage],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 90 },
    { ...slugField('title'), validate: notReservedSlug } as TextField,
    {
      name: 'layout',
      label: { en: 'Blocks', id: 'Blok' },
      labels: { singular: { en: 'Block', id: 'Blok' }, plural: { en: 'Blocks', id: 'Blok' } },
      type: 'blocks',
      // Named by their kind ("01 Hero"); an extra free-text name per block only adds noise.
      blocks: PAGE_BLOCKS.map((block) => ({
        ...block,
        admin: { ...block.admin, disableBlockName: true },
      })),
      minRows: 1,
      maxRows: 20,
      required: true,
      admin: {
        initCollapsed: false,
        description: {
          en: 'The page from top to bottom. Drag to reorder; the order is the same in both languages.',
          id: 'Halaman dari atas ke bawah. Seret untuk mengubah urutan; urutannya sama di kedua bahasa.',
        },
      },
    },
    translationStatusField(),
    seoFields(),
  ],
}
