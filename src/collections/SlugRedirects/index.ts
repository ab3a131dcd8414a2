import type { CollectionConfig } from 'payload'
import { GROUPS } from '@/admin/groups'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { hasRole, type Role } from '@/access/roles'
import { LOCALES } from '@/i18n/locales'
import { PAGE_COLLECTIONS, type PageCollection } from '@/queries/pageCollections'

const LOCALE_NAMES = {
  en: { en: 'English', id: 'Bahasa Inggris' },
  id: { en: 'Indonesian', id: 'Bahasa Indonesia' },
} as const

const COLLECTION_NAMES: Record<PageCollection, { en: string; id: string }> = {
  services: { en: 'Services', id: 'Layanan' },
  modalities: { en: 'Massage types', id: 'Jenis pijat' },
  therapists: { en: 'Therapists', id: 'Terapis' },
  promotions: { en: 'Promotions', id: 'Promo' },
  comparisons: { en: 'Comparisons', id: 'Perbandingan' },
  pages: { en: 'Pages', id: 'Halaman' },
}

/**
 * Old page addresses that answer with a permanent redirect. Written automatically when a published
 * document's slug changes in one language; the target is the document, so its current slug is
 * always used and chains of renames resolve in one hop.
 */
export const SlugRedirects: CollectionConfig = {
  slug: 'slug-redirects',
  labels: {
    singular: { en: 'Redirect', id: 'Pengalihan' },
    plural: { en: 'Redirects', id: 'Pengalihan' },
  },
  admin: {
    useAsTitle: 'from',
    group: GROUPS.admin,
    defaultColumns: ['from', 'locale', 'collection', 'createdAt'],
    description: {
      en: 'Created when a published slug changes, so old links and search results keep working.',
      id: 'Dibuat saat slug yang sudah terbit berubah, agar tautan lama dan hasil pencarian tetap berfungsi.',
    },
    // Only admins can change them; other staff have no use for the list.
    hidden: ({ user }) => !hasRole(user as { roles?: Role[] }, 'admin'),
  },
  access: {
    read: isStaff,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'from', label: 'Old slug', type: 'text', required: true, index: true },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
    },
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: PAGE_COLLECTIONS.map((collection) => ({
        value: collection,
        label: COLLECTION_NAMES[collection],
      })),
    },
    { name: 'documentId', type: 'text', required: true, index: true },
  ],
}
