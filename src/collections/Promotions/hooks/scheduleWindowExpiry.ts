import { nestedReq } from '@/hooks/nestedReq'
import type { CollectionAfterChangeHook } from 'payload'

export const EXPIRE_PROMOTION_PAGES = 'expirePromotionPages'

/**
 * A promotion appears and disappears at its start and end without anyone saving anything, so the
 * pages that show it are expired at those moments by queued jobs the in-app runner picks up.
 */
export const scheduleWindowExpiry: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const now = Date.now()
  for (const boundary of [doc.startsAt, doc.endsAt] as (string | null | undefined)[]) {
    if (!boundary || new Date(boundary).getTime() <= now) continue
    await req.payload.jobs.queue({
      task: EXPIRE_PROMOTION_PAGES,
      input: { promotion: String(doc.id), at: boundary },
      waitUntil: new Date(boundary),
      req: nestedReq(req),
    })
  }
  return doc
}
