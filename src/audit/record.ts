import type { PayloadRequest } from 'payload'
import type { AuditAction } from './actions'

type Entry = { action: AuditAction; summary: string; requests?: string[] }

/** "1 request", "3 requests": the audit trail's summaries are read by people. */
export const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

/**
 * Whether the same staff member already has this entry within `withinMs`: views are recorded once
 * per view, though the admin may render or read the same thing more than once while opening it.
 */
async function recordedRecently(req: PayloadRequest, summary: string, withinMs: number) {
  if (req.user?.collection !== 'users') return false
  const { totalDocs } = await req.payload.count({
    collection: 'audit-events',
    where: {
      and: [
        { actor: { equals: req.user.id } },
        { summary: { equals: summary } },
        { at: { greater_than: new Date(Date.now() - withinMs).toISOString() } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Appends one entry to the audit trail, as the staff member of `req` (or the system). Written in
 * the request's transaction, so an erasure and its record land together or not at all.
 */
export async function recordAudit(
  req: PayloadRequest,
  { action, summary, requests }: Entry,
  { unlessRecordedWithinMs }: { unlessRecordedWithinMs?: number } = {},
) {
  if (unlessRecordedWithinMs && (await recordedRecently(req, summary, unlessRecordedWithinMs))) {
    return
  }
  const user = req.user?.collection === 'users' ? req.user : null
  await req.payload.create({
    collection: 'audit-events',
    data: {
      at: new Date().toISOString(),
      actor: user?.id ?? null,
      actorEmail: user?.email ?? 'system',
      action,
      summary,
      requests: requests?.slice(0, 200) ?? null,
    },
    overrideAccess: true,
    req,
    depth: 0,
  })
}
