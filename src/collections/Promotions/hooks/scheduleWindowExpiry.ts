import { nestedReq } from '@/hooks/nestedReq'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

export const EXPIRE_PROMOTION_PAGES = 'expirePromotionPages'

/** Boundaries already waiting in the queue for this promotion (another save queued them). */
async function alreadyQueued(req: PayloadRequest, promotion: string): Promise<Set<number>> {
  const waiting = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: EXPIRE_PROMOTION_PAGES } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: nestedReq(req),
  })
  return new Set(
    waiting.docs
      .map((job) => job.input as { promotion?: unknown; at?: unknown } | undefined)
      .filter((input) => input?.promotion === promotion && typeof input.at === 'string')
      .map((input) => new Date(input?.at as string).getTime()),
  )
}

/**
 * A promotion appears and disappears at its start and end without anyone saving anything, so the
 * pages that show it are expired at those moments by queued jobs the in-app runner picks up. One
 * job per boundary: saving the other language, or saving again, queues nothing more.
 */
export const scheduleWindowExpiry: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const now = Date.now()
  const queued = await alreadyQueued(req, String(doc.id))
  for (const boundary of [doc.startsAt, doc.endsAt] as (string | null | undefined)[]) {
    if (!boundary || new Date(boundary).getTime() <= now) continue
    if (queued.has(new Date(boundary).getTime())) continue
    await req.payload.jobs.queue({
      task: EXPIRE_PROMOTION_PAGES,
      input: { promotion: String(doc.id), at: boundary },
      waitUntil: new Date(boundary),
      req: nestedReq(req),
    })
  }
  return doc
}
