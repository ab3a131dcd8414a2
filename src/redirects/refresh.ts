import type { Payload } from 'payload'
import { documentPath } from '@/i18n/documentPaths'
import { LOCALES, isLocale } from '@/i18n/locales'
import { PAGE_COLLECTIONS, type PageCollection } from '@/queries/pageCollections'

const isPageCollection = (value: string): value is PageCollection =>
  (PAGE_COLLECTIONS as readonly string[]).includes(value)

/**
 * The table the proxy answers 301 from: each recorded old slug → the document's current published
 * address in that language.
 */
export async function readRedirects(payload: Payload): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: 'slug-redirects',
    overrideAccess: true,
    depth: 0,
    limit: 5000,
    pagination: false,
  })
  // The current published slug of every referenced document: one query per collection and language.
  const current = new Map<string, string>()
  const key = (collection: string, locale: string, id: string) => `${collection}:${locale}:${id}`
  for (const collection of PAGE_COLLECTIONS) {
    const ids = docs.filter((doc) => doc.collection === collection).map((doc) => doc.documentId)
    if (ids.length === 0) continue
    for (const locale of LOCALES) {
      const found = await payload.find({
        collection,
        where: { id: { in: ids } },
        locale,
        fallbackLocale: false,
        draft: false,
        overrideAccess: false,
        depth: 0,
        limit: ids.length,
        pagination: false,
        select: { slug: true },
      })
      for (const doc of found.docs) {
        if (doc.slug) current.set(key(collection, locale, doc.id), doc.slug)
      }
    }
  }

  const redirects = new Map<string, string>()
  for (const redirect of docs) {
    if (!isPageCollection(redirect.collection) || !isLocale(redirect.locale)) continue
    const slug = current.get(key(redirect.collection, redirect.locale, redirect.documentId))
    if (!slug || slug === redirect.from) continue
    redirects.set(
      documentPath(redirect.collection, redirect.locale, redirect.from),
      documentPath(redirect.collection, redirect.locale, slug),
    )
  }
  return redirects
}
