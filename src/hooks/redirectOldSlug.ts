import { nestedReq } from '@/hooks/nestedReq'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { isLocale } from '@/i18n/locales'
import type { PageCollection } from '@/queries/pageCollections'

type SlugChange = { from: string; locale: string }
const CONTEXT_KEY = 'slugChange'

/** Notes the published slug in this language before a publish replaces it. */
const notePublishedSlug =
  (collection: PageCollection): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const publishing = (data._status ?? originalDoc?._status) === 'published'
    if (operation !== 'update' || !publishing || !originalDoc?.id || !isLocale(req.locale)) {
      return data
    }
    const published = await req.payload.find({
      collection,
      where: { and: [{ id: { equals: originalDoc.id } }, { _status: { equals: 'published' } }] },
      locale: req.locale,
      fallbackLocale: false,
      draft: false,
      overrideAccess: true,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
      req: nestedReq(req),
    })
    const from = published.docs[0]?.slug
    if (from && typeof data.slug === 'string' && data.slug !== from) {
      // req.context, not the hook's `context`: the nested find above may have replaced the object.
      req.context[CONTEXT_KEY] = { from, locale: req.locale } satisfies SlugChange
    }
    return data
  }

/** Records the old slug as a redirect to this document, in that language only. */
const recordRedirect =
  (collection: PageCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const change = req.context[CONTEXT_KEY] as SlugChange | undefined
    if (!change || !isLocale(change.locale)) return doc
    delete req.context[CONTEXT_KEY]
    const scope = [
      { collection: { equals: collection } },
      { locale: { equals: change.locale } },
    ] as const
    // The document took back an old slug: that address is live again, not a redirect.
    await req.payload.delete({
      collection: 'slug-redirects',
      where: { and: [...scope, { from: { equals: doc.slug } }] },
      overrideAccess: true,
      req: nestedReq(req),
    })
    const existing = await req.payload.count({
      collection: 'slug-redirects',
      where: { and: [...scope, { from: { equals: change.from } }] },
      overrideAccess: true,
      req: nestedReq(req),
    })
    if (existing.totalDocs === 0) {
      await req.payload.create({
        collection: 'slug-redirects',
        data: { from: change.from, locale: change.locale, collection, documentId: String(doc.id) },
        overrideAccess: true,
        req: nestedReq(req),
      })
    } else {
      await req.payload.update({
        collection: 'slug-redirects',
        where: { and: [...scope, { from: { equals: change.from } }] },
        data: { documentId: String(doc.id) },
        overrideAccess: true,
        req: nestedReq(req),
      })
    }
    return doc
  }

/** Removes the redirects that lead to a deleted document. */
const forgetRedirects =
  (collection: PageCollection) =>
  async ({
    id,
    req,
  }: {
    id: string | number
    req: Parameters<CollectionAfterChangeHook>[0]['req']
  }) => {
    await req.payload.delete({
      collection: 'slug-redirects',
      where: {
        and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }],
      },
      overrideAccess: true,
      req: nestedReq(req),
    })
  }

export const slugRedirectHooks = (collection: PageCollection) => ({
  beforeChange: [notePublishedSlug(collection)],
  afterChange: [recordRedirect(collection)],
  afterDelete: [forgetRedirects(collection)],
})
