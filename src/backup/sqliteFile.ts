import fs from 'node:fs'
import { createClient, type Client } from '@libsql/client'

/** The SQLite client Payload's adapter uses, opened on one file for one task. */
export async function withSqliteFile<T>(file: string, task: (client: Client) => Promise<T>) {
  if (!fs.existsSync(file)) throw new Error(`There is no database file at ${file}.`)
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    return await task(client)
  } finally {
    client.close()
  }
}

/**
 * A consistent copy of a live database: VACUUM INTO reads one snapshot inside a read
 * transaction, so writes that land meanwhile (WAL) are either wholly in it or wholly not.
 */
export const snapshotSqlite = (file: string, target: string) =>
  withSqliteFile(file, async (client) => {
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  })

export type DatabaseSummary = {
  integrity: string
  lastMigration: string | null
  counts: Record<string, number>
}

// Payload's SQLite adapter names a collection's table after its slug in snake case.
const tableFor = (slug: string) => slug.replace(/-/g, '_')

/** What a database holds: integrity check, last applied migration, documents per collection. */
export const summariseSqlite = (file: string, collections: readonly string[]) =>
  withSqliteFile(file, async (client): Promise<DatabaseSummary> => {
    const integrity = String((await client.execute('PRAGMA integrity_check')).rows[0]?.[0])
    const tables = new Set(
      (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map(
        (row) => String(row.name),
      ),
    )
    let lastMigration: string | null = null
    if (tables.has('payload_migrations')) {
      const row = (
        await client.execute(
          'SELECT name, batch FROM payload_migrations ORDER BY batch DESC, name DESC LIMIT 1',
        )
      ).rows[0]
      if (row) lastMigration = Number(row.batch) === -1 ? 'dev (schema pushed)' : String(row.name)
    }
    const counts: Record<string, number> = {}
    for (const slug of collections) {
      const table = tableFor(slug)
      if (!tables.has(table)) continue
      const result = await client.execute(`SELECT count(*) AS n FROM "${table}"`)
      counts[slug] = Number(result.rows[0]?.n ?? 0)
    }
    return { integrity, lastMigration, counts }
  })
