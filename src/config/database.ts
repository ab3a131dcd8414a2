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
export function ensureSqliteFolder(target: DatabaseTarget): void {
  if (target.kind === 'sqlite') fs.mkdirSync(path.dirname(target.file), { recursive: true })
}
