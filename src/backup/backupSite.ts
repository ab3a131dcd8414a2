import packageJson from '../../package.json'
import { resolveDatabase } from '@/config/database'
import { ConfigError } from '@/config/errors'
import { resolveMediaDir } from '@/config/mediaDir'
import { createBackup, type BackupResult } from './createBackup'
import { resolveBackupSettings } from './settings'

export const MONGODB_NOT_COVERED =
  'npm run backup covers the embedded SQLite database only. This site runs on MongoDB (DATABASE_URI): back it up with mongodump and the media volume as the README\'s "Backups" section shows.'

/** Backs up this site's configured database and media into BACKUP_DIR. */
export async function backupSite(
  collections: readonly string[],
  log?: (line: string) => void,
  now?: Date,
): Promise<BackupResult> {
  const database = resolveDatabase()
  if (database.kind !== 'sqlite') throw new ConfigError(MONGODB_NOT_COVERED)
  return createBackup(
    {
      databaseFile: database.file,
      mediaDir: resolveMediaDir(),
      backupDir: resolveBackupSettings().dir,
      collections,
      app: { name: packageJson.name, version: packageJson.version },
    },
    log,
    now,
  )
}
