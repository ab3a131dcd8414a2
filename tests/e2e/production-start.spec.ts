/**
 * Each worker's server starts where a first production start leaves an empty SQLite file: the
 * committed migrations ran (no schema push), then the automatic first-start seed filled it.
 * `npm test` makes that database once with scripts/first-start.ts (the same Payload start,
 * without the web server) and copies it to each server; `npm run test:e2e` lets each server do
 * its own first start.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { expect, test } from './fixtures'

test('a first production start runs every committed migration, then seeds both languages', async ({
  server,
  request,
}) => {
  const committed = fs
    .readdirSync('src/migrations')
    .filter((file) => /^\d{8}_\d{6}_\w+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
  const db = createClient({ url: `file:${path.join(server.dataDir, 'e2e.db')}` })
  try {
    const ran = await db.execute('SELECT name FROM payload_migrations WHERE batch > 0')
    expect(ran.rows.map((row) => String(row.name)).sort()).toEqual(committed.sort())
    const services = await db.execute('SELECT count(*) AS count FROM services')
    expect(Number(services.rows[0].count)).toBeGreaterThanOrEqual(6)
  } finally {
    db.close()
  }
  for (const [path, name] of [
    ['/en/services', 'Ame Signature Relaxation Massage'],
    ['/id/layanan', 'Pijat Relaksasi Khas Ame'],
  ]) {
    expect(await (await request.get(path)).text()).toContain(name)
  }
})
