import fs from 'node:fs'
import path from 'node:path'
import { DATABASE_NAME, MANIFEST_NAME, MEDIA_FOLDER, buildManifest } from './manifest'
import { SIGNATURE_NAME, signManifest } from './signature'
import { snapshotSqlite, summariseSqlite } from './sqliteFile'
import { writeTarGz, type TarEntry } from './tar'

export type BackupSource = {
  databaseFile: string
  mediaDir: string
  backupDir: string
  collections: readonly string[]
  app: { name: string; version: string }
}

export type BackupResult = {
  archive: string
  bytes: number
  counts: Record<string, number>
  files: number
  milliseconds: number
}

export const ARCHIVE_PREFIX = 'ame-spa-backup-'
export const ARCHIVE_SUFFIX = '.tar.gz'

/** `ame-spa-backup-2026-11-27T133005Z.tar.gz`: sorts by time, safe on every file system. */
export const archiveName = (at: Date) =>
  `${ARCHIVE_PREFIX}${at.toISOString().slice(0, 19).replace(/:/g, '')}Z${ARCHIVE_SUFFIX}`

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/**
 * One archive with a consistent snapshot of the database, every photo and a manifest (app
 * version, last migration, documents per collection, checksum of every file). The archive
 * appears under its final name only when it is complete.
 */
export async function createBackup(
  source: BackupSource,
  log: (line: string) => void = () => {},
  now: Date = new Date(),
): Promise<BackupResult> {
  const started = Date.now()
  fs.mkdirSync(source.backupDir, { recursive: true })
  const archive = path.join(source.backupDir, archiveName(now))
  if (fs.existsSync(archive)) throw new Error(`${archive} already exists.`)
  const staging = fs.mkdtempSync(path.join(source.backupDir, '.staging-'))
  const partial = `${archive}.partial`
  try {
    log(`Taking a snapshot of ${source.databaseFile} …`)
    const snapshot = path.join(staging, DATABASE_NAME)
    await snapshotSqlite(source.databaseFile, snapshot)
    const summary = await summariseSqlite(snapshot, source.collections)
    if (summary.integrity !== 'ok') {
      throw new Error(`The snapshot failed SQLite's integrity check: ${summary.integrity}`)
    }
    const total = Object.values(summary.counts).reduce((sum, count) => sum + count, 0)
    log(`Snapshot ok: ${total} documents, last migration ${summary.lastMigration ?? 'none'}.`)

    const media = filesUnder(source.mediaDir)
    log(`Adding ${media.length} media files from ${source.mediaDir} …`)
    const entries: TarEntry[] = [
      { name: DATABASE_NAME, file: snapshot },
      ...media.map((file) => ({
        name: path.posix.join(
          MEDIA_FOLDER,
          ...path.relative(source.mediaDir, file).split(path.sep),
        ),
        file,
      })),
    ]
    const manifestFile = path.join(staging, MANIFEST_NAME)
    const signatureFile = path.join(staging, SIGNATURE_NAME)
    await writeTarGz(partial, entries, (files) => {
      const manifest = buildManifest({ createdAt: now, app: source.app, summary, files })
      const text = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)
      fs.writeFileSync(manifestFile, text)
      fs.writeFileSync(signatureFile, `${signManifest(text)}\n`)
      return [
        { name: MANIFEST_NAME, file: manifestFile },
        { name: SIGNATURE_NAME, file: signatureFile },
      ]
    })
    fs.renameSync(partial, archive)
    return {
      archive,
      bytes: fs.statSync(archive).size,
      counts: summary.counts,
      files: entries.length,
      milliseconds: Date.now() - started,
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
    fs.rmSync(partial, { force: true })
  }
}
