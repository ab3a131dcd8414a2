import fs from 'node:fs'
import path from 'node:path'
import { ARCHIVE_PREFIX, ARCHIVE_SUFFIX } from './createBackup'

/** Deletes all but the newest `keep` archives (names sort by time); returns what it deleted. */
export function pruneBackups(backupDir: string, keep: number): string[] {
  if (!fs.existsSync(backupDir)) return []
  const archives = fs
    .readdirSync(backupDir)
    .filter((name) => name.startsWith(ARCHIVE_PREFIX) && name.endsWith(ARCHIVE_SUFFIX))
    .sort()
  const old = archives.slice(0, Math.max(0, archives.length - keep))
  for (const name of old) fs.rmSync(path.join(backupDir, name))
  return old
}
