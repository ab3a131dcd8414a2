import type { PayloadRequest, TaskConfig } from 'payload'
import { countOf, recordAudit } from '@/audit/record'
import { PRUNING_AUDIT_TRAIL } from '@/collections/AuditEvents/hooks/appendOnly'
import { SEND_BOOKING_EMAIL } from '@/jobs/sendBookingEmail'
import { eraseRequests } from '@/privacy/guestData'
import { auditCutoff, lastErasableDate } from '@/privacy/retention'
import { retentionSettings } from '@/privacy/retentionSettings'

export const ERASE_PAST_PERSONAL_DATA = 'erasePastPersonalData'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The keeping periods at work: guests' details of requests whose appointment is more than the
 * set number of days past are erased (statistics stay), the stored copies of booking emails older
 * than that go, and audit entries older than the audit period are removed.
 */
export async function erasePastPersonalData(req: PayloadRequest, now: Date) {
  const { payload } = req
  const { retentionDays, auditDays } = await retentionSettings(payload, req)
  const due = await payload.find({
    collection: 'inquiries',
    where: {
      and: [
        { preferredDate: { less_than_equal: lastErasableDate(now, retentionDays) } },
        { personalDataErasedAt: { exists: false } },
      ],
    },
    select: { reference: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = due.docs.map((doc) => doc.id)
  const erased = await eraseRequests(req, ids, now)
  if (ids.length) {
    await recordAudit(req, {
      action: 'retentionErased',
      summary: `${countOf(ids.length, 'request')} with an appointment on or before ${lastErasableDate(now, retentionDays)} (kept ${retentionDays} days)`,
      requests: ids,
    })
  }
  // Email jobs of requests deleted outright, or finished long ago, still hold a copy of the input.
  const oldEmails = await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: SEND_BOOKING_EMAIL } },
        {
          createdAt: { less_than: new Date(now.getTime() - retentionDays * DAY_MS).toISOString() },
        },
      ],
    },
    overrideAccess: true,
    req,
  })
  const pruned = await payload.delete({
    collection: 'audit-events',
    where: { at: { less_than: auditCutoff(now, auditDays).toISOString() } },
    overrideAccess: true,
    req,
    context: { [PRUNING_AUDIT_TRAIL]: true },
  })
  return {
    erasedRequests: erased.requests,
    erasedEmails: erased.emails + oldEmails.docs.length,
    prunedAuditEntries: pruned.docs.length,
  }
}

export const erasePastPersonalDataTask: TaskConfig<{
  input: object
  output: { erasedRequests: number; erasedEmails: number; prunedAuditEntries: number }
}> = {
  slug: ERASE_PAST_PERSONAL_DATA,
  label: "Erase guests' details after the keeping period",
  outputSchema: [
    { name: 'erasedRequests', type: 'number', required: true },
    { name: 'erasedEmails', type: 'number', required: true },
    { name: 'prunedAuditEntries', type: 'number', required: true },
  ],
  // Every night at 02:15 in Jakarta (19:15 UTC); one job at a time across app instances.
  schedule: [{ cron: '0 15 19 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await erasePastPersonalData(req, new Date()) }),
}
