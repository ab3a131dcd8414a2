import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { cachedRead } from './cached'
import { isKnownSlug } from './knownSlugs'
import { findPublished, type WithFallback } from './localizedFind'
import { getPayloadClient } from './payload'
import { lookupSlug, type Alternates } from './slugs'

/**
 * What a page's blocks read besides the page itself: pictures, and the links to other pages,
 * treatments and the booking form. (Blocks listing services, offers or therapists read those
 * through their own cached queries, whose tags the page's cache entry collects.)
 */
const PAGE_SOURCES = ['media', 'pages', 'services']

/** Links inside blocks need only an address and a name. */
const LINKED = {
  pages: { title: true, slug: true },
  services: { name: true, slug: true },
  modalities: { slug: true },
} as const

/** One published page's content by id, cached under its own tag per language. */
export const getPageContent = cachedRead(
  'pages:content',
  (id: string) => [`page:${id}`, ...PAGE_SOURCES],
  async (locale: Locale, id: string): Promise<WithFallback<Page> | null> => {
    const [page] = await findPublished<Page>(await getPayloadClient(), 'pages', locale, {
      where: { id: { equals: id } },
      depth: 1,
      limit: 1,
      populate: LINKED,
    })
    return page ?? null
  },
)

/** Which page a slug names in one language (or where it moved). Expired when addresses change. */
const lookupPage = cachedRead(
  'pages:lookup',
  ['pages'],
  async (locale: Locale, slug: string) =>
    lookupSlug(await getPayloadClient(), 'pages', locale, slug),
  (slug: string) => isKnownSlug('pages', slug),
)

export type PageResult =
  | { kind: 'found'; page: WithFallback<Page>; alternates: Alternates }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' }

export async function getPage(locale: Locale, slug: string): Promise<PageResult> {
  const found = await lookupPage(locale, slug)
  if (found.kind !== 'found') return found
  const page = await getPageContent(locale, found.id)
  return page ? { kind: 'found', page, alternates: found.alternates } : { kind: 'missing' }
}

/** Every published page's slug in each language, for the static params and the sitemap. */
export const listPageSlugs = cachedRead('pages:slugs', ['pages'], async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    locale,
    fallbackLocale: false,
    draft: false,
    overrideAccess: false,
    depth: 0,
    limit: 500,
    pagination: false,
    select: { slug: true },
  })
  return docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
})
