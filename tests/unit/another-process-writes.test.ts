import { createClient, type Client } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onMongo } from '../helpers/database'
import { newVisitorHeaders, setSpaSettings, validRequest } from '../helpers/booking'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

/**
 * Two instances (or an instance and a backup) write to one SQLite file. While the other holds
 * the write lock, a guest's booking waits for it; past the wait it hears a clear 503. Either
 * way the bookings after it land: on the CI machine one held lock made every booking on that
 * instance fail for half a minute ("cannot commit transaction - SQL statements in progress").
 */
let payload: Payload
let other: Client

const book = (name: string) =>
  rest('/inquiries', {
    method: 'POST',
    body: validRequest({ name }),
    headers: newVisitorHeaders(),
  })

/** The other process takes the write lock now and lets go after `ms`. */
async function holdWriteLock(ms: number): Promise<{ released: Promise<void> }> {
  await other.execute('BEGIN IMMEDIATE')
  const released = new Promise<void>((resolve) => setTimeout(resolve, ms)).then(async () => {
    await other.execute('COMMIT')
  })
  return { released }
}

const stored = async (name: string) =>
  (
    await payload.count({
      collection: 'inquiries',
      where: { name: { equals: name } },
      overrideAccess: true,
    })
  ).totalDocs

describe.skipIf(onMongo)('another process holding the database’s write lock', () => {
  beforeAll(async () => {
    payload = await getTestPayload()
    await setSpaSettings(payload)
    other = createClient({ url: process.env.DATABASE_URI as string })
    // The first request loads the route's code; the ones measured below must reach the lock.
    expect((await book('Warm-up Guest')).status).toBe(201)
  })

  afterAll(() => other?.close())

  it('a booking waits for it and lands, and so do the bookings after it', async () => {
    const { released } = await holdWriteLock(1_000)
    const waited = await book('Waited Guest')
    await released
    expect(waited.status, JSON.stringify(waited.json)).toBe(201)
    const after = await Promise.all([book('After Guest 1'), book('After Guest 2')])
    expect(after.map((response) => response.status)).toEqual([201, 201])
    for (const name of ['Waited Guest', 'After Guest 1', 'After Guest 2']) {
      expect(await stored(name), name).toBe(1)
    }
  })

  it('past the wait: 503 "the database is busy", nothing saved, and the next booking lands', async () => {
    const { released } = await holdWriteLock(7_000)
    const refused = await book('Refused Guest')
    await released
    expect(refused.status).toBe(503)
    expect(JSON.stringify(refused.json)).toContain('The database is busy, so nothing was saved')
    expect(await stored('Refused Guest')).toBe(0)
    const next = await book('Next Guest')
    expect(next.status, JSON.stringify(next.json)).toBe(201)
    expect(await stored('Next Guest')).toBe(1)
  }, 30_000)
})
