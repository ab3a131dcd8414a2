/**
 * A finding of the December probe that only the running production server shows: made-up page
 * addresses must not grow the page cache (F6).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'

const filesUnder = (dir: string): number =>
  fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).length : 0

const UNKNOWN_PAGES = [
  '/en/services/',
  '/id/layanan/',
  '/en/massage-types/',
  '/id/jenis-pijat/',
  '/en/therapists/',
  '/id/terapis/',
  '/en/compare/',
  '/id/perbandingan/',
  '/en/promotions/',
  '/id/promo/',
  '/en/',
  '/id/',
]

test('made-up page addresses answer 404 in both languages and leave the page cache as it was (F6)', async ({
  request,
  server,
}) => {
  test.setTimeout(180_000)
  const cache = path.join(server.dataDir, 'next-cache')
  // Every kind of page once, so the cache holds what real visitors cause.
  for (const prefix of UNKNOWN_PAGES) await request.get(`${prefix}warm-up-${prefix.length}`)
  const before = filesUnder(cache)
  const statuses = new Map<number, number>()
  for (let round = 0; round < 25; round += 1) {
    await Promise.all(
      UNKNOWN_PAGES.map(async (prefix) => {
        const response = await request.get(
          `${prefix}no-such-${crypto.randomBytes(5).toString('hex')}`,
          { maxRedirects: 0 },
        )
        statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1)
      }),
    )
  }
  expect([...statuses.keys()]).toEqual([404])
  const grown = filesUnder(cache) - before
  console.log(`page cache: ${before} files before 300 unknown addresses, +${grown} after`)
  // Before: one "missing" entry per address, kept for a year (3,261 files in 90 s of the probe).
  expect(grown).toBeLessThanOrEqual(2)
})

test('a malformed query is logged as one line, not an error with its stack (F3)', async ({
  request,
  server,
}) => {
  const before = server.log().length
  for (const path of [
    '/api/services?limit=1e309',
    '/api/services?where[createdAt][greater_than]=notadate',
    '/api/media?where[uploadedBy.sessions.id][like]=0',
  ]) {
    expect((await request.get(path)).status(), path).toBe(400)
  }
  await expect.poll(() => server.log().slice(before)).toContain('notadate')
  const added = server.log().slice(before)
  // Before: ~11 KB per request (the SQL and a stack at ERROR level).
  expect(added).not.toMatch(/\n\s+at /)
  expect(added).not.toMatch(/ERROR/)
  expect(added.length).toBeLessThan(1500)
})
