/** `npm run backup`: a consistent archive of the database and photos in BACKUP_DIR. */
import { ConfigError } from '@/config/errors'

async function main() {
  const { backupSite } = await import('@/backup/backupSite')
  // The config names the collections whose documents the manifest counts; nothing connects.
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const result = await backupSite(
    config.collections.map((collection) => collection.slug),
    (line) => console.log(line),
  )
  const total = Object.values(result.counts).reduce((sum, count) => sum + count, 0)
  console.log(
    `Backup complete in ${(result.milliseconds / 1000).toFixed(1)} s: ${result.files} files, ${total} documents, ${(result.bytes / 1024 / 1024).toFixed(2)} MB.`,
  )
  console.log(result.archive)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    console.error(
      error instanceof ConfigError ? message : `Backup failed, no archive written: ${message}`,
    )
    process.exit(1)
  },
)
