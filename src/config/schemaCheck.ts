import { getTableConfig, type SQLiteTable } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { Payload } from 'payload'
import { ConfigError } from './errors'

/**
 * A database whose migration records name a migration this code does not have was written by a
 * newer version: running on it would fail later, request by request (probe F11).
 */
export async function refuseNewerDatabase(payload: Payload, known: string[]): Promise<void> {
  let recorded: string[]
  try {
    const { docs } = await payload.db.find<{ name: string }>({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
    })
    recorded = docs.map((doc) => doc.name)
  } catch {
    return // A new database has no records yet.
  }
  const unknown = recorded.filter((name) => name !== 'dev' && !known.includes(name))
  if (unknown.length > 0) {
    throw new ConfigError(
      `The database was migrated by a newer version of Ame Spa (${unknown.join(', ')} is not in this code). Run that version, or restore a backup made with this one.`,
    )
  }
}

type Runner = { run: (query: string) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Every table and column the code expects, checked once migrations have run: a column dropped
 * by hand, or a migration record without its change, stops the start with the names instead
 * of answering 500 on the pages that need them.
 */
export async function refuseSchemaDrift(
  tables: Record<string, SQLiteTable>,
  db: Runner,
): Promise<void> {
  const missing: string[] = []
  for (const table of Object.values(tables)) {
    const { name, columns } = getTableConfig(table)
    const { rows } = await db.run(`PRAGMA table_info("${name.replace(/"/g, '""')}")`)
    const present = new Set(rows.map((row) => String(row.name)))
    if (present.size === 0) {
      missing.push(`table ${name}`)
      continue
    }
    for (const column of columns) {
      if (!present.has(column.name)) missing.push(`${name}.${column.name}`)
    }
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `The database does not match this version's schema: missing ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}. Its migration records say otherwise, so it was changed by hand or by another version. Restore a backup made with this version (npm run restore).`,
    )
  }
}
