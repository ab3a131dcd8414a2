import type { PageCollection } from '@/queries/pageCollections'
import type { Locale } from './locales'
import { pathFor } from './paths'

const DOCUMENT_PATHNAMES = {
  services: '/services/[slug]',
  modalities: '/massage-types/[slug]',
  therapists: '/therapists/[slug]',
  promotions: '/promotions/[slug]',
  comparisons: '/compare/[slug]',
  pages: '/[slug]',
} as const satisfies Record<PageCollection, string>

/** The public address of a document page, e.g. services + id + slug → /id/layanan/<slug>. */
export const documentPath = (collection: PageCollection, locale: Locale, slug: string): string =>
  pathFor(locale, { pathname: DOCUMENT_PATHNAMES[collection], params: { slug } })
