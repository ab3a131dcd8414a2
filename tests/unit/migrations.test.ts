/**
 * Upgrading a production database: booking requests stored before the intake rules keep their
 * data and get the new statuses.
 */
import path from 'node:path'
import { createClient } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { describe, expect, it } from 'vitest'
import { migrations } from '@/migrations'
import { onMongo } from '../helpers/database'

// Migrations are SQLite's: MongoDB has no schema to migrate.
describe.skipIf(onMongo)('the booking-intake migration', () => {
  it('maps old statuses and keeps every request', async () => {
    const client = createClient({
      url: `file:${path.join(process.env.TEST_TMP_DIR ?? '/tmp', 'upgrade.db')}`,
    })
    const db = drizzle(client)
    const upTo = (name: string) =>
      migrations.slice(
        0,
        migrations.findIndex((m) => m.name.includes(name)),
      )
    const run = async (list: typeof migrations) => {
      for (const migration of list) await migration.up({ db } as unknown as MigrateUpArgs)
    }
    await run(upTo('booking_intake'))
    for (const [id, status] of [
      ['a', 'new'],
      ['b', 'contacted'],
      ['c', 'booked'],
      ['d', 'closed'],
    ]) {
      await client.execute({
        sql: `INSERT INTO inquiries (id, name, phone, preferred_date, preferred_time, status) VALUES (?, 'Guest', '+6281234567890', '2026-12-01', '14:00', ?)`,
        args: [id, status],
      })
    }
    await run(migrations.filter((m) => m.name.includes('booking_intake')))
    const rows = await client.execute(
      'SELECT id, status, status_order, reply_language, email FROM inquiries ORDER BY id',
    )
    expect(
      rows.rows.map((row) => [row.id, row.status, row.status_order, row.reply_language, row.email]),
    ).toEqual([
      ['a', 'new', 0, 'en', null],
      ['b', 'confirmed', 1, 'en', null],
      ['c', 'confirmed', 1, 'en', null],
      ['d', 'done', 2, 'en', null],
    ])
    client.close()
  })
})

describe.skipIf(onMongo)('the front-desk migration', () => {
  it("files 'Done' requests as 'Arrived' and names who handled them", async () => {
    const client = createClient({
      url: `file:${path.join(process.env.TEST_TMP_DIR ?? '/tmp', 'upgrade-desk.db')}`,
    })
    const db = drizzle(client)
    const index = migrations.findIndex((m) => m.name.includes('front_desk'))
    for (const migration of migrations.slice(0, index)) {
      await migration.up({ db } as unknown as MigrateUpArgs)
    }
    await client.execute(
      `INSERT INTO users (id, name, email) VALUES ('u1', 'Rina', 'rina@example.com'), ('u2', NULL, 'budi.desk@example.com')`,
    )
    for (const [id, status, by] of [
      ['a', 'done', 'u1'],
      ['b', 'confirmed', 'u2'],
      ['c', 'new', null],
    ]) {
      await client.execute({
        sql: `INSERT INTO inquiries (id, name, phone, preferred_date, preferred_time, status, handled_by_id) VALUES (?, 'Guest', '+6281234567890', '2026-12-01', '14:00', ?, ?)`,
        args: [id, status, by],
      })
    }
    await migrations[index]!.up({ db } as unknown as MigrateUpArgs)
    const rows = await client.execute(
      'SELECT id, status, handled_by_name FROM inquiries ORDER BY id',
    )
    expect(rows.rows.map((row) => [row.id, row.status, row.handled_by_name])).toEqual([
      ['a', 'arrived', 'Rina'],
      ['b', 'confirmed', 'budi.desk'],
      ['c', 'new', null],
    ])
    client.close()
  })
})
