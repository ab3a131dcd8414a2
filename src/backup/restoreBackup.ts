import fs from 'node:fs'
import path from 'node:path'
import {
  DATABASE_NAME,
  MANIFEST_NAME,
  MEDIA_FOLDER,
  parseManifest,
  type BackupManifest,
} from './manifest'
import { summariseSqlite } from './sqliteFile'
import { extractTarGz, sha256File } from './tar'
import { serverUsing } from './serverLock'
import { SIGNATURE_NAME, signatureMatches } from './signature'

export type RestoreTarget = {
  archive: string
  databaseFile: string
  mediaDir: string
  force: boolean
}

/** A refusal the operator can act on; nothing has been written when it is thrown. */
export class RestoreRefused extends Error {}

const hasFiles = (folder: string) =>
  fs.existsSync(folder) && fs.readdirSync(folder, { recursive: true }).length > 0

const holdsData = (file: string) => fs.existsSync(file) && fs.statSync(file).size > 0

async function verify(folder: string, names: string[]): Promise<BackupManifest> {
  if (!names.includes(MANIFEST_NAME)) throw new Error('it has no manifest')
  const manifestText = fs.readFileSync(path.join(folder, MANIFEST_NAME))
  // Checksums show damage; only the signature shows the archive is one this site wrote.
  if (!names.includes(SIGNATURE_NAME)) throw new Error('it is not signed')
  const signature = fs.readFileSync(path.join(folder, SIGNATURE_NAME), 'utf8')
  if (!signatureMatches(manifestText, signature)) {
    throw new Error(
      'its signature does not match this site’s backup key (BACKUP_KEY, or PAYLOAD_SECRET): it was changed after it was written, or written by another installation',
    )
  }
  const manifest = parseManifest(manifestText.toString('utf8'))
  const listed = new Set(manifest.files.map((file) => file.path))
  const unlisted = names.filter(
    (name) => name !== MANIFEST_NAME && name !== SIGNATURE_NAME && !listed.has(name),
  )
  if (unlisted.length) throw new Error(`it holds files its manifest does not list: ${unlisted}`)
  if (!listed.has(DATABASE_NAME)) throw new Error('it holds no database')
  for (const file of manifest.files) {
    const target = path.join(folder, file.path)
    if (!fs.existsSync(target)) throw new Error(`${file.path} is missing`)
    if (fs.statSync(target).size !== file.bytes || (await sha256File(target)) !== file.sha256) {
      throw new Error(`${file.path} does not match its checksum`)
    }
  }
  return manifest
}

function replaceFolder(from: string, to: string) {
  fs.rmSync(to, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    fs.cpSync(from, to, { recursive: true })
  }
}

/**
 * Checks the archive completely (gzip CRC, tar headers, every checksum, SQLite integrity) in a
 * folder beside the target, and only then puts the database and the photos in place. The
 * server must be stopped meanwhile.
 */
export async function restoreBackup(
  target: RestoreTarget,
  log: (line: string) => void = () => {},
): Promise<BackupManifest> {
  if (!fs.existsSync(target.archive)) throw new RestoreRefused(`No archive at ${target.archive}.`)
  // Even with --force: a running server keeps the replaced file open and its later writes vanish.
  const server = serverUsing(target.databaseFile)
  if (server) {
    throw new RestoreRefused(
      `A server (process ${server.pid}, running since ${server.startedAt}) is using ${target.databaseFile}. Stop it first (Ctrl+C where it runs, or \`kill ${server.pid}\`), then run the restore again.`,
    )
  }
  if (!target.force && holdsData(target.databaseFile)) {
    throw new RestoreRefused(
      `${target.databaseFile} already holds a database. Restoring replaces it: stop the server and run again with --force.`,
    )
  }
  if (!target.force && hasFiles(target.mediaDir)) {
    throw new RestoreRefused(
      `${target.mediaDir} already holds media files. Restoring replaces them: stop the server and run again with --force.`,
    )
  }
  const databaseFolder = path.dirname(target.databaseFile)
  const createdFolder = !fs.existsSync(databaseFolder)
  fs.mkdirSync(databaseFolder, { recursive: true })
  const staging = fs.mkdtempSync(path.join(databaseFolder, '.restore-'))
  let restored = false
  try {
    log(`Checking ${target.archive} …`)
    let manifest: BackupManifest
    try {
      const names = await extractTarGz(target.archive, staging)
      manifest = await verify(staging, names)
      const summary = await summariseSqlite(path.join(staging, DATABASE_NAME), [])
      if (summary.integrity !== 'ok') throw new Error(`its database: ${summary.integrity}`)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new RestoreRefused(
        `The archive is damaged or incomplete (${reason}). Nothing was restored.`,
      )
    }
    log(`Archive ok: ${manifest.files.length} files, taken ${manifest.createdAt}.`)

    for (const suffix of ['-wal', '-shm', '']) {
      fs.rmSync(`${target.databaseFile}${suffix}`, { force: true })
    }
    fs.renameSync(path.join(staging, DATABASE_NAME), target.databaseFile)
    log(`Database restored to ${target.databaseFile}.`)
    const media = path.join(staging, MEDIA_FOLDER)
    if (fs.existsSync(media)) replaceFolder(media, target.mediaDir)
    else fs.rmSync(target.mediaDir, { recursive: true, force: true })
    fs.mkdirSync(target.mediaDir, { recursive: true })
    log(`Media restored to ${target.mediaDir}.`)
    restored = true
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
    if (!restored && createdFolder) fs.rmSync(databaseFolder, { recursive: true, force: true })
  }
}
