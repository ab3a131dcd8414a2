/**
 * Findings of the December probe that only the running production server shows: made-up page
 * addresses must not grow the page cache (F6); malformed queries and odd requests get a plain 4xx
 * and one log line (F3).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { expect, test } from './fixtures'
import { staffUser } from './helpers'

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

/** One raw request (Playwright and fetch cannot send TRACE or `*`); returns the status line. */
function rawRequest(port: number, requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    )
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString()))
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''))
    socket.on('error', reject)
  })
}

test('TRACE, unknown methods and `*` get a plain 4xx, never a 500 with a stack (F3)', async ({
  server,
}) => {
  const before = server.log().length
  expect(await rawRequest(server.port, 'TRACE /api/services HTTP/1.1')).toMatch(/ 405 /)
  expect(await rawRequest(server.port, 'TRACE /en HTTP/1.1')).toMatch(/ 405 /)
  expect(await rawRequest(server.port, 'PROPFIND /id HTTP/1.1')).toMatch(/ 405 /)
  expect(await rawRequest(server.port, 'OPTIONS * HTTP/1.1')).toMatch(/ 204 /)
  expect(await rawRequest(server.port, 'GET /en HTTP/1.1')).toMatch(/ 200 /)
  expect(server.log().slice(before)).not.toMatch(/\n\s+at /)
})

test('admin server functions called with an unknown name or by a role that may not see the list answer 4xx, not 500 (F16)', async ({
  request,
  playwright,
  server,
}) => {
  // The admin's one server function (Payload's dispatcher, src/app/(payload)/layout.tsx).
  const manifest = JSON.parse(
    fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8'),
  ) as { node: Record<string, { filename: string }> }
  const [actionId] =
    Object.entries(manifest.node).find(
      ([, entry]) => entry.filename === 'app/(payload)/layout.tsx',
    ) ?? []
  expect(actionId, 'the admin server function is in the build').toBeDefined()
  const marketing = await staffUser(request, 'marketing')
  const staff = await playwright.request.newContext({
    baseURL: server.baseURL,
    extraHTTPHeaders: { Cookie: `payload-token=${marketing.token}`, Origin: server.baseURL },
  })
  const call = (body: string) =>
    staff.post('/admin', {
      headers: { 'Next-Action': actionId as string, 'Content-Type': 'text/plain;charset=UTF-8' },
      data: body,
    })
  const before = server.log().length
  const unknown = await call(JSON.stringify([{ name: 'no-such-function', args: {} }]))
  expect(unknown.status()).toBe(404)
  // Marketing staff have no access to guests' booking requests.
  const refused = await call(
    JSON.stringify([{ name: 'render-list', args: { collectionSlug: 'inquiries' } }]),
  )
  expect([401, 403, 404]).toContain(refused.status())
  const allowed = await call(
    JSON.stringify([{ name: 'render-list', args: { collectionSlug: 'promotions' } }]),
  )
  expect(allowed.status()).toBe(200)
  expect(server.log().slice(before)).not.toMatch(/\n\s+at /)
  await staff.dispose()
})
