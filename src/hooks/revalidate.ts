import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'
import { signFor } from '@/config/signing'
import { markContentChanged } from '@/config/staleCache'
import { LOCALES } from '@/i18n/locales'
import { contentTag } from '@/queries/tags'

export const CONTENT_SOURCES = [
  'services',
  'modalities',
  'techniques',
  'therapists',
  'promotions',
  'comparisons',
  'media',
  'site-settings',
] as const
export type ContentSource = (typeof CONTENT_SOURCES)[number]

export const REVALIDATE_PURPOSE = 'revalidate-content'

// Next refuses revalidateTag outside a request, and during a render (the admin creates an
// autosaved draft while rendering its "create" page).
const CANNOT_EXPIRE_HERE = /static generation store|outside a request|Invariant|during render/i

/**
 * Expire the cached pages that read this source, in every locale. Inside a Next.js request this is
 * direct. Outside one (the in-app job runner) the running server is asked through its own
 * endpoint; with no server at all (seed script, tests on the Local API) there is nothing to expire.
 */
export function expireContent(source: ContentSource): void {
  markContentChanged()
  let outside = false
  for (const locale of LOCALES) {
    try {
      revalidateTag(contentTag(source, locale), { expire: 0 })
    } catch (error) {
      if (!(error instanceof Error) || !CANNOT_EXPIRE_HERE.test(error.message)) throw error
      outside = true
    }
  }
  if (outside) void expireThroughServer(source)
}

async function expireThroughServer(source: ContentSource): Promise<void> {
  const origin =
    process.env.__NEXT_PRIVATE_ORIGIN ||
    (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null)
  if (!origin) return
  try {
    const response = await fetch(`${origin}/api/revalidate`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'x-revalidate-token': signFor(REVALIDATE_PURPOSE),
      },
      body: JSON.stringify({ sources: [source] }),
    })
    if (!response.ok) console.error(`Could not expire ${source} pages: HTTP ${response.status}`)
  } catch (error) {
    console.error(`Could not expire ${source} pages:`, error)
  }
}

/** A draft of a document that is not published changes nothing visitors can see. */
const invisible = (doc: { _status?: unknown }, previousDoc?: { _status?: unknown }) =>
  doc._status === 'draft' && previousDoc?._status !== 'published'

export const revalidateAfterChange =
  (source: ContentSource): CollectionAfterChangeHook =>
  ({ doc, previousDoc, context }) => {
    if (!context.disableRevalidate && !invisible(doc, previousDoc)) expireContent(source)
    return doc
  }

export const revalidateAfterDelete =
  (source: ContentSource): CollectionAfterDeleteHook =>
  ({ doc, context }) => {
    if (!context.disableRevalidate) expireContent(source)
    return doc
  }

export const revalidateGlobal =
  (source: ContentSource): GlobalAfterChangeHook =>
  ({ doc, context }) => {
    if (!context.disableRevalidate) expireContent(source)
    return doc
  }

export const revalidationHooks = (source: ContentSource) => ({
  afterChange: [revalidateAfterChange(source)],
  afterDelete: [revalidateAfterDelete(source)],
})
