import fs from 'node:fs'
import path from 'node:path'
import { ARCHIVE_PREFIX, ARCHIVE_SUFFIX } from './createBackup'

/** When an archive was written, from its name ("ame-spa-backup-2026-12-03T134500Z.tar.gz"). */
export function archiveTime(name: string): Date | null {
  const stamp = /^(\d{4}-\d{2}-\d{2}T)(\d{2})(\d{2})(\d{2})Z$/.exec(
    name.slice(ARCHIVE_PREFIX.length, -ARCHIVE_SUFFIX.length),
  )
  return stamp ? new Date(`${stamp[1]}${stamp[2]}:${stamp[3]}:${stamp[4]}Z`) : null
}

/**
 * Deletes all but the newest `keep` archives (names sort by time), and any archive written before
 * `writtenBefore`: a backup must not keep guests' details longer than the site keeps them.
 * Returns what it deleted.
 */
export function pruneBackups(backupDir: string, keep: number, writtenBefore?: Date): string[] {
  if (!fs.existsSync(backupDir)) return []
  const archives = fs
    .readdirSync(backupDir)
    .filter((name) => name.startsWith(ARCHIVE_PREFIX) && name.endsWith(ARCHIVE_SUFFIX))
    .sort()
  const surplus = new Set(archives.slice(0, Math.max(0, archives.length - keep)))
  const old = archives.filter((name) => {
    if (surplus.has(name)) return true
    const at = archiveTime(name)
    return Boolean(writtenBefore && at && at < writtenBefore)
  })
  for (const name of old) fs.rmSync(path.join(backupDir, name))
  return old
}
