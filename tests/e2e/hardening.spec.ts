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
