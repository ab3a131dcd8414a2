import type { DatabaseSummary } from './sqliteFile'
import type { WrittenEntry } from './tar'

export const MANIFEST_NAME = 'manifest.json'
export const DATABASE_NAME = 'database.db'
export const MEDIA_FOLDER = 'media'
export const MANIFEST_FORMAT = 1

export type BackupManifest = {
  format: typeof MANIFEST_FORMAT
  createdAt: string
  app: { name: string; version: string }
  database: { adapter: 'sqlite'; file: string; lastMigration: string | null }
  counts: Record<string, number>
  files: WrittenEntry[]
}

export function buildManifest(args: {
  createdAt: Date
  app: { name: string; version: string }
  summary: DatabaseSummary
  files: WrittenEntry[]
}): BackupManifest {
  return {
    format: MANIFEST_FORMAT,
    createdAt: args.createdAt.toISOString(),
    app: args.app,
    database: { adapter: 'sqlite', file: DATABASE_NAME, lastMigration: args.summary.lastMigration },
    counts: args.summary.counts,
    files: args.files,
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads a manifest and checks its shape; throws with what is wrong. */
export function parseManifest(text: string): BackupManifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Error('its manifest is not valid JSON')
  }
  if (!isObject(value) || value.format !== MANIFEST_FORMAT) {
    throw new Error(`its manifest is not a format ${MANIFEST_FORMAT} Ame Spa backup manifest`)
  }
  const files = value.files
  const validFiles =
    Array.isArray(files) &&
    files.every(
      (file) =>
        isObject(file) &&
        typeof file.path === 'string' &&
        typeof file.bytes === 'number' &&
        typeof file.sha256 === 'string',
    )
  if (!validFiles || !isObject(value.counts) || !isObject(value.database)) {
    throw new Error('its manifest lacks the file list, the counts or the database entry')
  }
  return value as unknown as BackupManifest
}
