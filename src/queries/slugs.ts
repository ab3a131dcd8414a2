import type { Payload } from 'payload'
import { LOCALES, type Locale } from '@/i18n/locales'
import type { PageCollection } from './pageCollections'
import { readOptions } from './preview'

export type PageSlug = PageCollection
export type Alternates = Record<Locale, string | null>

/** A document's own slug in each language; null where it has no translation. */
export async function slugsOf(
  payload: Payload,
  collection: PageSlug,
  id: string,
): Promise<Alternates> {
  const entries = await Promise.all(
    LOCALES.map(async (locale) => {
      const found = await payload.find({
        collection,
        where: { id: { equals: id } },
        locale,
        fallbackLocale: false,
        depth: 0,
        limit: 1,
        pagination: false,
        select: { slug: true },
        ...readOptions(),
      })
      return [locale, found.docs[0]?.slug || null] as const
    }),
  )
  return Object.fromEntries(entries) as Alternates
}

export type SlugLookup =
  | { kind: 'found'; id: string; alternates: Alternates }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' }

/**
 * Finds a published document by its slug in `locale`. A slug from the other language answers
 * "moved" with the document's slug in `locale`, so the page can redirect permanently; a document
 * with no slug in `locale` (not translated) is found under its other-language slug.
 */
export async function lookupSlug(
  payload: Payload,
  collection: PageSlug,
  locale: Locale,
  slug: string,
): Promise<SlugLookup> {
  const bySlug = (inLocale: Locale) =>
    payload.find({
      collection,
      where: { slug: { equals: slug } },
      locale: inLocale,
      fallbackLocale: false,
      ...readOptions(),
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
    })

  const here = (await bySlug(locale)).docs[0]
  if (here)
    return { kind: 'found', id: here.id, alternates: await slugsOf(payload, collection, here.id) }

  for (const other of LOCALES.filter((candidate) => candidate !== locale)) {
    const there = (await bySlug(other)).docs[0]
    if (!there) continue
    const alternates = await slugsOf(payload, collection, there.id)
    const translated = alternates[locale]
    // Not translated yet: the page is shown in this language with English fallback text.
    if (!translated) return { kind: 'found', id: there.id, alternates }
    return { kind: 'moved', slug: translated }
  }
  return followRedirect(payload, collection, locale, slug)
}

/** An old slug of a renamed document moves to the document's current slug in the same language. */
async function followRedirect(
  payload: Payload,
  collection: PageSlug,
  locale: Locale,
  slug: string,
): Promise<SlugLookup> {
  const redirect = await payload.find({
    collection: 'slug-redirects',
    where: {
      and: [
        { collection: { equals: collection } },
        { locale: { equals: locale } },
        { from: { equals: slug } },
      ],
    },
    // The redirect table is private; what it points to is checked with the visitor's access below.
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const documentId = redirect.docs[0]?.documentId
  if (!documentId) return { kind: 'missing' }
  const current = (await slugsOf(payload, collection, documentId))[locale]
  return current && current !== slug ? { kind: 'moved', slug: current } : { kind: 'missing' }
}
