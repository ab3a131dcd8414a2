import type { PayloadRequest } from 'payload'
import type { AuditAction } from './actions'

type Entry = { action: AuditAction; summary: string; requests?: string[] }

/**
 * Appends one entry to the audit trail, as the staff member of `req` (or the system). Written in
 * the request's transaction, so an erasure and its record land together or not at all.
 */
export async function recordAudit(req: PayloadRequest, { action, summary, requests }: Entry) {
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
