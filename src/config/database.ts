import fs from 'node:fs'
import path from 'node:path'
import { ConfigError } from './errors'

export type DatabaseTarget =
  { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string; host: string }

type Env = Record<string, string | undefined>

const isProduction = (env: Env) => env.NODE_ENV === 'production'

/** Development (schema push) and production (migrations) must never share a SQLite file. */
export const defaultSqliteFile = (env: Env): string =>
  path.resolve(process.cwd(), 'data', isProduction(env) ? 'ame-spa.db' : 'dev.db')

export function resolveDatabase(env: Env = process.env): DatabaseTarget {
  const uri = env.DATABASE_URI?.trim()

  if (!uri) {
    const file = defaultSqliteFile(env)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }

  if (uri.startsWith('file:')) {
    const raw = uri.slice('file:'.length)
    if (!raw) {
      throw new ConfigError(
        'DATABASE_URI is "file:" without a path. Use e.g. DATABASE_URI=file:./data/ame-spa.db, or unset it to use the embedded default.',
      )
    }
    const file = path.resolve(process.cwd(), raw)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }

  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    let host: string
    try {
      host = new URL(uri).host
    } catch {
      throw new ConfigError(
        `DATABASE_URI is not a valid MongoDB connection string. Expected e.g. mongodb://localhost:27017/ame-spa?replicaSet=rs0.`,
      )
    }
    if (!host) {
      throw new ConfigError(
        'DATABASE_URI has no host. Expected e.g. mongodb://localhost:27017/ame-spa.',
      )
    }
    return { kind: 'mongodb', url: uri, host }
  }

  const scheme = uri.split(':')[0]
  throw new ConfigError(
    `DATABASE_URI uses an unsupported scheme "${scheme}:". Use mongodb://… or mongodb+srv://… for MongoDB, file:./data/<name>.db for SQLite, or leave it unset for the embedded SQLite default.`,
  )
}

/** The SQLite driver cannot create missing folders, so make sure the file's folder exists. */
const WHY: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'this user may not write there',
  EPERM: 'this user may not write there',
  ENOSPC: 'the disk is full',
}

/** Why the nearest existing folder above `folder` refuses a write (mkdir only says ENOENT). */
function writeErrorNear(folder: string): string | null {
  let existing = folder
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
    existing = path.dirname(existing)
  }
  const probe = path.join(existing, `.write-check-${process.pid}`)
  try {
    fs.writeFileSync(probe, '')
    fs.rmSync(probe)
    return null
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? null
  }
}

/**
 * The folder of the embedded database, made if need be, and writable: otherwise a message that
 * says so (before: "ENOENT … mkdir" or "SQLITE_CANTOPEN", never the word read-only; probe F22).
 */
export function ensureSqliteFolder(target: DatabaseTarget): void {
  if (target.kind !== 'sqlite') return
  const folder = path.dirname(target.file)
  const fix =
    'Point DATABASE_URI at a writable place (e.g. file:/var/lib/ame-spa/ame-spa.db) or make that folder writable for this user.'
  try {
    fs.mkdirSync(folder, { recursive: true })
    fs.accessSync(folder, fs.constants.W_OK)
    if (fs.existsSync(target.file)) fs.accessSync(target.file, fs.constants.W_OK)
    // Root passes access checks on a read-only mount; a write shows it.
    const probe = path.join(folder, `.write-check-${process.pid}`)
    fs.writeFileSync(probe, '')
    fs.rmSync(probe)
  } catch (error) {
    const code = writeErrorNear(folder) ?? (error as NodeJS.ErrnoException).code ?? ''
    throw new ConfigError(
      `The database folder ${folder} cannot be written: ${WHY[code] ?? (code || 'unknown error')}. ${fix}`,
    )
  }
}
