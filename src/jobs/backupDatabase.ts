import type { Payload, TaskConfig } from 'payload'
import { MONGODB_NOT_COVERED, backupSite } from '@/backup/backupSite'
import { resolveDatabase } from '@/config/database'
import { pruneBackups } from '@/backup/pruneBackups'
import { nextBackupAt, resolveBackupSettings } from '@/backup/settings'
import { personalDataCutoff } from '@/privacy/retentionSettings'

export const BACKUP_TASK = 'backupDatabase'
export const BACKUP_QUEUE = 'backups'

/**
 * Makes sure the next daily backup is queued when BACKUP_SCHEDULE is set: one waiting job, due
 * at the next HH:MM in Jakarta. `running` is the job that is calling, which does not count.
 */
export async function scheduleNextBackup(payload: Payload, now: Date, running?: string | number) {
  const { schedule } = resolveBackupSettings()
  if (!schedule) return null
  if (resolveDatabase().kind !== 'sqlite') {
    payload.logger.warn(`BACKUP_SCHEDULE is ignored: ${MONGODB_NOT_COVERED}`)
    return null
  }
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: BACKUP_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        ...(running === undefined ? [] : [{ id: { not_equals: running } }]),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (waiting.docs.length) return null
  return payload.jobs.queue({
    task: BACKUP_TASK,
    queue: BACKUP_QUEUE,
    input: {},
    waitUntil: nextBackupAt(now, schedule),
  })
}

/** One scheduled run: queue tomorrow's first (so a failure does not stop the schedule), back up, prune. */
export async function runScheduledBackup(payload: Payload, now: Date, running?: string | number) {
  await scheduleNextBackup(payload, now, running)
  const settings = resolveBackupSettings()
  try {
    const result = await backupSite(
      payload.config.collections.map((collection) => collection.slug),
      undefined,
      now,
    )
    const pruned = pruneBackups(settings.dir, settings.keep, await personalDataCutoff(payload, now))
    payload.logger.info(
      `Backup written: ${result.archive} (${result.bytes} bytes); ${pruned.length} old archives removed (keeping ${settings.keep}, none older than the personal-data period).`,
    )
    return { archive: result.archive, bytes: result.bytes, pruned: pruned.length }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Scheduled backup failed' })
    throw error
  }
}

export const backupDatabaseTask: TaskConfig<{
  input: object
  output: { archive: string; bytes: number; pruned: number }
}> = {
  slug: BACKUP_TASK,
  label: 'Back up the database and photos',
  outputSchema: [
    { name: 'archive', type: 'text', required: true },
    { name: 'bytes', type: 'number', required: true },
    { name: 'pruned', type: 'number', required: true },
  ],
  retries: 1,
  handler: async ({ job, req }) => ({
    output: await runScheduledBackup(req.payload, new Date(), job.id),
  }),
}
