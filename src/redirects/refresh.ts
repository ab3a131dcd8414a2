import type { Payload } from 'payload'
import { documentPath } from '@/i18n/documentPaths'
import { isLocale } from '@/i18n/locales'
import { PAGE_COLLECTIONS, type PageCollection } from '@/queries/pageCollections'
import { slugsOf } from '@/queries/slugs'

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
  const redirects = new Map<string, string>()
  for (const redirect of docs) {
    if (!isPageCollection(redirect.collection) || !isLocale(redirect.locale)) continue
    const current = (await slugsOf(payload, redirect.collection, redirect.documentId))[
      redirect.locale
    ]
    if (!current || current === redirect.from) continue
    redirects.set(
      documentPath(redirect.collection, redirect.locale, redirect.from),
      documentPath(redirect.collection, redirect.locale, current),
    )
  }
  return redirects
}
