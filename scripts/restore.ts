/** `npm run restore -- <archive> [--force]`: puts a backup's database and photos back. */
import path from 'node:path'
import type { Migration } from 'payload'
import { resolveDatabase } from '@/config/database'
import { ConfigError } from '@/config/errors'
import { resolveMediaDir } from '@/config/mediaDir'
import { MONGODB_NOT_COVERED } from '@/backup/backupSite'
import { RestoreRefused, restoreBackup } from '@/backup/restoreBackup'
import { summariseSqlite } from '@/backup/sqliteFile'
import { markContentChanged } from '@/config/staleCache'

const USAGE = 'Usage: npm run restore -- <archive.tar.gz> [--force]'

async function migrate(): Promise<void> {
  // Migrations only, as `payload migrate` would: no schema push, no first-start seed.
  process.env.PAYLOAD_MIGRATING = 'true'
  process.env.PAYLOAD_AUTO_SEED = 'false'
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { migrations } = await import('@/migrations')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as Migration[] })
  await payload.destroy()
}

async function main() {
  const args = process.argv.slice(2)
  const force = args.includes('--force')
  const archives = args.filter((arg) => arg !== '--force')
  if (archives.length !== 1 || archives[0].startsWith('-')) throw new ConfigError(USAGE)
  const database = resolveDatabase()
  if (database.kind !== 'sqlite') throw new ConfigError(MONGODB_NOT_COVERED)
  const started = Date.now()
  console.log(`Restoring into ${database.file} and ${resolveMediaDir()}.`)
  const manifest = await restoreBackup(
    {
      archive: path.resolve(archives[0]),
      databaseFile: database.file,
      mediaDir: resolveMediaDir(),
      force,
    },
    (line) => console.log(line),
  )
  // Pages cached on disk show the content from before: the next server start drops them.
  markContentChanged()
  if (manifest.database.lastMigration?.startsWith('dev')) {
    console.log(
      'A development database (schema pushed): no migrations run; `npm run dev` updates it.',
    )
  } else {
    console.log('Running pending migrations …')
    await migrate()
  }
  const restored = await summariseSqlite(database.file, Object.keys(manifest.counts))
  console.log('Documents     restored  in backup')
  for (const [collection, count] of Object.entries(manifest.counts)) {
    const now = restored.counts[collection] ?? 0
    const mark = now === count ? '' : '  ← differs'
    console.log(
      `${collection.padEnd(24)}${String(now).padStart(6)}${String(count).padStart(10)}${mark}`,
    )
  }
  console.log(
    `Restore complete in ${((Date.now() - started) / 1000).toFixed(1)} s (backup of ${manifest.createdAt}, app ${manifest.app.version}, last migration now ${restored.lastMigration ?? 'none'}).`,
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    const known = error instanceof ConfigError || error instanceof RestoreRefused
    console.error(known ? message : `Restore failed: ${message}`)
    process.exit(1)
  },
)
