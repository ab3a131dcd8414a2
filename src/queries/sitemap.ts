import { unstable_cache } from 'next/cache'
import { LOCALES, type Locale } from '@/i18n/locales'
import { getPayloadClient } from './payload'
import { PAGE_COLLECTIONS } from './pageCollections'
import type { PageSlug } from './slugs'
import { contentTag } from './tags'

export type SitemapDocument = {
  id: string
  collection: PageSlug
  slugs: Record<Locale, string | null>
  updatedAt: string
}

const COLLECTIONS = PAGE_COLLECTIONS

/** Every published (for promotions: running) document page with its slug in each language (null where untranslated). */
export const listSitemapDocuments = (): Promise<SitemapDocument[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const documents: SitemapDocument[] = []
      for (const collection of COLLECTIONS) {
        const byLocale = await Promise.all(
          LOCALES.map(async (locale) => {
            const { docs } = await payload.find({
              collection,
              locale,
              fallbackLocale: false,
              draft: false,
              overrideAccess: false,
              depth: 0,
              limit: 1000,
              pagination: false,
              select: { slug: true, updatedAt: true },
            })
            return [locale, docs] as const
          }),
        )
        const ids = new Set(byLocale.flatMap(([, docs]) => docs.map((doc) => doc.id)))
        for (const id of ids) {
          const slugs = Object.fromEntries(
            byLocale.map(([locale, docs]) => [
              locale,
              docs.find((doc) => doc.id === id)?.slug || null,
            ]),
          ) as Record<Locale, string | null>
          const updatedAt = byLocale.flatMap(([, docs]) => docs.filter((doc) => doc.id === id))[0]
            ?.updatedAt
          documents.push({
            id,
            collection,
            slugs,
            updatedAt: updatedAt ?? new Date(0).toISOString(),
          })
        }
      }
      return documents
    },
    [process.env.CONTENT_CACHE_VERSION ?? 'dev', 'sitemap'],
    {
      tags: COLLECTIONS.flatMap((collection) =>
        LOCALES.map((locale) => contentTag(collection, locale)),
      ),
    },
  )()
