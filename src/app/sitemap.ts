import type { MetadataRoute } from 'next'
import { LOCALES, type Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { documentPath } from '@/i18n/documentPaths'
import { listSitemapDocuments, type SitemapDocument } from '@/queries/sitemap'
import { getSiteSettings } from '@/queries/siteSettings'
import { absoluteUrl } from '@/seo/siteUrl'
import { relationId } from '@/queries/populated'

// Built from the CMS on request (and cached with the content's tags), never at build time.
export const dynamic = 'force-dynamic'

type Entry = MetadataRoute.Sitemap[number]

const STATIC_PAGES = [
  '/',
  '/services',
  '/massage-types',
  '/therapists',
  '/compare',
  '/guide',
  '/promotions',
  '/contact',
  '/book',
] as const

const pathOf = (doc: SitemapDocument, locale: Locale, slug: string) =>
  documentPath(doc.collection, locale, slug)

/** One entry per language version, each listing every language version as an alternate. */
function entries(paths: Partial<Record<Locale, string>>, lastModified?: string): Entry[] {
  const languages = Object.fromEntries(
    Object.entries(paths).map(([locale, path]) => [locale, absoluteUrl(path as string)]),
  )
  return Object.values(paths).map((path) => ({
    url: absoluteUrl(path as string),
    lastModified,
    alternates: { languages },
  }))
}

export default async function sitemap(): Promise<Entry[]> {
  const [all, settings] = await Promise.all([listSitemapDocuments(), getSiteSettings('en')])
  // The home page is listed once, at / (its own slug only redirects there).
  const home = relationId(settings.homePage)
  const documents = all.filter((doc) => !(doc.collection === 'pages' && doc.id === home))
  const newest = documents
    .map((doc) => doc.updatedAt)
    .sort()
    .at(-1)
  const staticEntries = STATIC_PAGES.flatMap((page) =>
    entries(Object.fromEntries(LOCALES.map((locale) => [locale, pathFor(locale, page)])), newest),
  )
  const documentEntries = documents.flatMap((doc) =>
    entries(
      Object.fromEntries(
        LOCALES.flatMap((locale) => {
          const slug = doc.slugs[locale]
          return slug ? [[locale, pathOf(doc, locale, slug)]] : []
        }),
      ),
      doc.updatedAt,
    ),
  )
  return [...staticEntries, ...documentEntries]
}
