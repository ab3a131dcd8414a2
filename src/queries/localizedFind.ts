import type { CollectionSlug, Payload, PopulateType, Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { fallbackPaths } from './fallback'
import { previewScope, readOptions } from './preview'
import { overlayTyped } from '@/preview/overlayTyped'
import { typedFor } from '@/preview/typedValues'

export type WithFallback<T> = T & { fallbackFields: string[] }

type FindArgs = {
  where?: Where
  depth?: number
  limit?: number
  sort?: string
  populate?: PopulateType
}

/**
 * Published documents for anonymous visitors in one locale, each with the paths of fields that
 * fell back to English. Access rules apply (overrideAccess: false), so drafts never come back,
 * except to a logged-in member of staff previewing (see preview.ts).
 */
export async function findPublished<T extends { id: string }>(
  payload: Payload,
  collection: CollectionSlug,
  locale: Locale,
  { where, depth = 1, limit = 200, sort = 'sortOrder', populate }: FindArgs = {},
): Promise<WithFallback<T>[]> {
  const base = {
    collection,
    where,
    depth,
    limit,
    sort,
    locale,
    populate,
    pagination: false,
    ...readOptions(),
  } as const
  const withTyped = typedOverlay(payload, collection, locale)
  const shown = withTyped((await payload.find(base)).docs as unknown as T[])
  if (locale === DEFAULT_LOCALE) return shown.map((doc) => ({ ...doc, fallbackFields: [] }))

  const strict = withTyped(
    (await payload.find({ ...base, fallbackLocale: false })).docs as unknown as T[],
  )
  const byId = new Map(strict.map((doc) => [doc.id, doc]))
  return shown.map((doc) => ({ ...doc, fallbackFields: fallbackPaths(byId.get(doc.id), doc) }))
}

/** In a staff member's live preview: their unsaved typing laid over the saved drafts. */
function typedOverlay(payload: Payload, collection: CollectionSlug, locale: Locale) {
  const user = previewScope()?.user
  const fields = payload.collections[collection]?.config.flattenedFields
  return <T extends { id: string }>(docs: T[]): T[] => {
    if (!user || !fields) return docs
    return docs.map((doc) => {
      const typed = typedFor({ userId: user.id, collection, id: doc.id, locale })
      return typed ? overlayTyped(fields, doc, typed) : doc
    })
  }
}
