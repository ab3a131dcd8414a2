import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import { signFor } from '@/config/signing'
import { markContentChanged } from '@/config/staleCache'
import { LOCALES } from '@/i18n/locales'
import { contentTag } from '@/queries/tags'
import { nestedReq } from './nestedReq'

export const CONTENT_SOURCES = [
  'services',
  'modalities',
  'techniques',
  'therapists',
  'promotions',
  'comparisons',
  'pages',
  'media',
  'site-settings',
] as const
export type ContentSource = (typeof CONTENT_SOURCES)[number]

/** One page's own content in one language, e.g. "page:6650…:id" (see queries/pages.ts). */
export const PAGE_TAG = /^page:[\w-]{1,64}:(en|id)$/
const SOURCE_TAGS = new Set(
  CONTENT_SOURCES.flatMap((source) => LOCALES.map((locale) => contentTag(source, locale))),
)
export const isExpirableTag = (tag: unknown): tag is string =>
  typeof tag === 'string' && (SOURCE_TAGS.has(tag) || PAGE_TAG.test(tag))

export const REVALIDATE_PURPOSE = 'revalidate-content'

// Next refuses revalidateTag outside a request, and during a render (the admin creates an
// autosaved draft while rendering its "create" page).
const CANNOT_EXPIRE_HERE = /static generation store|outside a request|Invariant|during render/i

/**
 * Expire the cached pages that read these tags. Inside a Next.js request this is direct. Outside
 * one (the in-app job runner: scheduled publishing, promotion start and end) the running server is
 * asked through its own endpoint; with no server at all (seed script, tests on the Local API)
 * there is nothing to expire.
 */
export function expireTags(tags: string[]): void {
  if (tags.length === 0) return
  markContentChanged()
  const outside: string[] = []
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!(error instanceof Error) || !CANNOT_EXPIRE_HERE.test(error.message)) throw error
      outside.push(tag)
    }
  }
  if (outside.length > 0) void expireThroughServer(outside)
}

/** Expire the cached pages that read this source, in every locale. */
export const expireContent = (source: ContentSource): void =>
  expireTags(LOCALES.map((locale) => contentTag(source, locale)))

async function expireThroughServer(tags: string[]): Promise<void> {
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
      body: JSON.stringify({ tags }),
    })
    if (!response.ok) console.error(`Could not expire ${tags.join(', ')}: HTTP ${response.status}`)
  } catch (error) {
    console.error(`Could not expire ${tags.join(', ')}:`, error)
  }
}

type Status = { _status?: unknown; id?: unknown }

/**
 * A draft saved over a published document (an autosave while live previewing, "Save draft")
 * leaves what visitors see as it was: the published version is still the document's.
 */
export async function stillPublished(
  req: PayloadRequest,
  collection: string,
  doc: Status,
): Promise<boolean> {
  const found = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: doc.id } }, { _status: { equals: 'published' } }] },
    draft: false,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { updatedAt: true },
    req: nestedReq(req),
  })
  return found.docs.length > 0
}

/** Whether a save changed nothing visitors can see. */
async function invisible(
  req: PayloadRequest,
  collection: string,
  doc: Status,
  previousDoc: Status | undefined,
): Promise<boolean> {
  if (doc._status !== 'draft') return false
  if (previousDoc?._status !== 'published') return true
  return stillPublished(req, collection, doc)
}

export const revalidateAfterChange =
  (source: ContentSource): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, context, req, collection }) => {
    if (context.disableRevalidate) return doc
    if (!(await invisible(req, collection.slug, doc, previousDoc))) expireContent(source)
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
