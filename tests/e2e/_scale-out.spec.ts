/**
 * The production layout with real parts (scripts/scaled-stack.mjs): Redis, two production
 * instances on one database, and nginx in front running deploy/nginx/nginx.conf. What a second
 * instance would break without the shared parts — pages stale after a publish, limits doubled,
 * scheduled jobs run twice, requests lost when one instance dies — is checked here. The name
 * starts with "_" so the file starts first: it is the longest (~2 minutes, mostly waiting for a
 * publish, a promotion's end and a runner tick), and the other worker runs the rest meanwhile.
 */
import os from 'node:os'
import path from 'node:path'
import { test, expect } from '@playwright/test'
import { Redis } from 'ioredis'
import { E2E_SCALED } from '../../scripts/e2e-ports.mjs'
import { missingForScaledStack, startScaledStack } from '../../scripts/scaled-stack.mjs'
import { ADMIN } from './helpers'

type Stack = Awaited<ReturnType<typeof startScaledStack>>
type Server = Stack['servers'][number]

test.describe.configure({ mode: 'serial' })

let stack: Stack
let token = ''
let A: Server
let B: Server

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)
  ]

async function json<T>(response: Response): Promise<T> {
  const text = await response.text()
  try {
    return JSON.parse(text) as T
  } catch {
    throw new Error(`${response.status} ${response.url}: ${text.slice(0, 300)}`)
  }
}

const staff = (extra: Record<string, string> = {}) => ({
  Authorization: `JWT ${token}`,
  'Content-Type': 'application/json',
  ...extra,
})

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const missing = missingForScaledStack()
  if (missing.length) throw new Error(missing.join('\n'))
  stack = await startScaledStack({
    dir: path.join(os.tmpdir(), `ame-spa-scale-out-${process.pid}`),
    ...E2E_SCALED,
    env: { INQUIRY_RATE_LIMIT: '5' },
  })
  ;[A, B] = stack.servers
  const first = await fetch(`${A.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  token = (await json<{ token: string }>(first)).token
  expect(token).toBeTruthy()
})

test.afterAll(async () => {
  await stack?.stop()
})

test('pages come from nginx’s cache; staff, the admin and the API never do', async () => {
  const page = `${stack.proxyURL}/en/services/deep-tissue-massage`
  await fetch(page)
  const again = await fetch(page, { headers: { 'Accept-Encoding': 'gzip' } })
  await fetch(page, { headers: { 'Accept-Encoding': 'gzip' } })
  const cached = await fetch(page, { headers: { 'Accept-Encoding': 'gzip' } })
  expect(again.status).toBe(200)
  expect(cached.headers.get('x-proxy-cache')).toMatch(/HIT|UPDATING|STALE/)
  expect(cached.headers.get('set-cookie')).toBeNull()
  // One copy for every browser that takes gzip, whatever else its Accept-Encoding lists.
  for (const encoding of ['gzip, deflate, br, zstd', 'gzip, deflate', 'br, gzip']) {
    const browser = await fetch(page, { headers: { 'Accept-Encoding': encoding } })
    expect(browser.headers.get('x-proxy-cache'), encoding).toMatch(/HIT|UPDATING|STALE/)
  }

  const signedIn = await fetch(page, { headers: { Cookie: `payload-token=${token}` } })
  expect(signedIn.headers.get('x-proxy-cache')).toBe('BYPASS')
  for (const uncached of ['/api/health', '/admin/login', '/api/services?limit=1']) {
    const response = await fetch(`${stack.proxyURL}${uncached}`)
    expect(response.status, uncached).toBe(200)
    expect(response.headers.get('x-proxy-cache'), uncached).toBeNull()
  }
  const asset = (await (await fetch(`${stack.proxyURL}/en`)).text()).match(
    /\/_next\/static\/[^"]+\.js/,
  )?.[0]
  expect(asset).toBeTruthy()
  const script = await fetch(`${stack.proxyURL}${asset}`, {
    headers: { 'Accept-Encoding': 'gzip' },
  })
  expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
})

test('a publish through instance A is visible through nginx and on instance B, in both languages', async () => {
  test.setTimeout(180_000)
  const found = await json<{ docs: { id: string }[] }>(
    await fetch(`${A.url}/api/services?where[slug][equals]=deep-tissue-massage&depth=0`, {
      headers: staff(),
    }),
  )
  const id = found.docs[0].id
  const original = {
    en: await json<{ tagline?: string; name: string }>(
      await fetch(`${A.url}/api/services/${id}?locale=en&depth=0`, { headers: staff() }),
    ),
    id: await json<{ tagline?: string; name: string }>(
      await fetch(`${A.url}/api/services/${id}?locale=id&depth=0`, { headers: staff() }),
    ),
  }
  const pages = {
    en: '/en/services/deep-tissue-massage',
    id: '/id/layanan/pijat-deep-tissue',
  }
  const visibleAfter: number[] = []
  const onB: number[] = []
  try {
    for (let round = 0; round < 20; round += 1) {
      const marks = { en: `Deep Tissue r${round}x`, id: `Pijat Deep Tissue r${round}x` }
      // Each language saved through A; the clock starts once both saves have answered.
      for (const locale of ['en', 'id'] as const) {
        const saved = await fetch(`${A.url}/api/services/${id}?locale=${locale}&depth=0`, {
          method: 'PATCH',
          headers: staff(),
          body: JSON.stringify({ name: marks[locale], _status: 'published' }),
        })
        expect(saved.status, `${await saved.clone().text()}\n${A.log().slice(-4000)}`).toBe(200)
      }
      const started = Date.now()
      const seen = async (base: string) => {
        for (;;) {
          const [en, id] = await Promise.all(
            (['en', 'id'] as const).map(async (locale) =>
              (await (await fetch(`${base}${pages[locale]}`)).text()).includes(marks[locale]),
            ),
          )
          if (en && id) return Date.now() - started
          // Stale for the app's s-maxage (300 s) if the expiry never reached an instance.
          if (Date.now() - started > 20_000)
            throw new Error(`${base}: round ${round} not visible in 20 s`)
          await sleep(50)
        }
      }
      const [throughProxy, instanceB] = await Promise.all([seen(stack.proxyURL), seen(B.url)])
      visibleAfter.push(throughProxy)
      onB.push(instanceB)
    }
    // Nobody visits after this publish: the copies nginx gives the next visitor are the new ones
    // all the same, because the app had nginx refresh them (without that: the old ones, once).
    const marks = { en: 'Deep Tissue unvisited', id: 'Pijat Deep Tissue unvisited' }
    for (const locale of ['en', 'id'] as const) {
      const saved = await fetch(`${A.url}/api/services/${id}?locale=${locale}&depth=0`, {
        method: 'PATCH',
        headers: staff(),
        body: JSON.stringify({ name: marks[locale], _status: 'published' }),
      })
      expect(saved.status).toBe(200)
    }
    await sleep(3_000)
    for (const locale of ['en', 'id'] as const) {
      const text = await (await fetch(`${stack.proxyURL}${pages[locale]}`)).text()
      expect(text.includes(marks[locale]), `${locale}: "${marks[locale]}" on the page`).toBe(true)
    }
  } finally {
    for (const locale of ['en', 'id'] as const) {
      await fetch(`${A.url}/api/services/${id}?locale=${locale}&depth=0`, {
        method: 'PATCH',
        headers: staff(),
        body: JSON.stringify({ name: original[locale].name, _status: 'published' }),
      })
    }
  }
  const p95 = percentile(visibleAfter, 95)
  console.log(
    `publish on A -> visible through nginx in en and id: p50 ${percentile(visibleAfter, 50)} ms, ` +
      `p95 ${p95} ms, max ${Math.max(...visibleAfter)} ms (20 publishes); ` +
      `on instance B directly: p95 ${percentile(onB, 95)} ms`,
  )
  expect(visibleAfter).toHaveLength(20)
})

test('the booking limit and the last free place hold across instances', async () => {
  const tuesday = new Date(Date.now() + 7 * 86_400_000)
  tuesday.setUTCDate(tuesday.getUTCDate() + ((2 - tuesday.getUTCDay() + 7) % 7))
  const book = (base: string, forwardedFor: string, n: number) =>
    fetch(`${base}/api/inquiries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
      body: JSON.stringify({
        name: `Scale-out guest ${n}`,
        phone: '+6281200000000',
        preferredDate: tuesday.toISOString().slice(0, 10),
        preferredTime: '12:00',
      }),
    })
  // Anything but the two expected answers names itself, with what the instances logged.
  const unexpected: string[] = []
  const statusOf = async (response: Response) => {
    if (response.status !== 201 && response.status !== 429) {
      unexpected.push(`${response.status} ${(await response.text()).slice(0, 400)}`)
    }
    return response.status
  }
  const explained = () =>
    [...unexpected, ...stack.servers.map((server) => server.log().slice(-3000))].join('\n---\n')

  // Straight to the instances, alternating: five for one visitor in all, not five on each.
  const direct: number[] = []
  for (let n = 0; n < 6; n += 1) {
    direct.push(await statusOf(await book(n % 2 === 0 ? A.url : B.url, '203.0.113.77', n)))
  }
  expect(direct, explained()).toEqual([201, 201, 201, 201, 201, 429])

  // Through nginx, round robin over both: a forged X-Forwarded-For gives no fresh allowance,
  // because the app reads the entry nginx appended (TRUSTED_PROXY_HOPS=1).
  const proxied: number[] = []
  for (let n = 0; n < 6; n += 1) {
    proxied.push(await statusOf(await book(stack.proxyURL, `198.51.100.${n + 1}`, 10 + n)))
  }
  expect(proxied, explained()).toEqual([201, 201, 201, 201, 201, 429])

  // Ten guests at once, half on each instance, for one therapist's last time: one gets it.
  const service = (
    await json<{ docs: { id: string; options: { durationMinutes: number }[] }[] }>(
      await fetch(`${A.url}/api/services?where[slug][equals]=deep-tissue-massage&depth=0`),
    )
  ).docs[0]
  const duration = service.options[0].durationMinutes
  const date = tuesday.toISOString().slice(0, 10)
  const therapists = await json<{ docs: { id: string }[] }>(
    await fetch(`${A.url}/api/therapists?depth=0&limit=50`),
  )
  let choice: { therapist: string; time: string } | null = null
  for (const { id } of therapists.docs) {
    const free = await json<{ times: string[] }>(
      await fetch(
        `${A.url}/api/inquiries/free-times?date=${date}&service=${service.id}&duration=${duration}&therapist=${id}`,
        { headers: staff() },
      ),
    )
    if (free.times.length) {
      choice = { therapist: id, time: free.times[free.times.length - 1] }
      break
    }
  }
  expect(choice).not.toBeNull()
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, n) =>
      fetch(`${(n % 2 ? A : B).url}/api/inquiries`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `192.0.${n + 10}.7` },
        body: JSON.stringify({
          name: `Last place ${n}`,
          phone: '+6281200000000',
          preferredDate: date,
          preferredTime: choice?.time,
          service: service.id,
          durationMinutes: duration,
          therapist: choice?.therapist,
        }),
      }).then((response) => response.status),
    ),
  )
  expect(answers.sort()).toEqual([201, ...Array(9).fill(409)])
})

test('a promotion’s scheduled end runs once and expires the pages on both instances', async () => {
  test.setTimeout(150_000)
  const events = new Redis(stack.redisURL)
  const expiries: string[] = []
  await events.subscribe('ame-spa:tag-events')
  events.on('message', (_channel, message: string) => {
    const { tag } = JSON.parse(message) as { tag: string }
    if (tag.startsWith('promotions:')) expiries.push(tag)
  })
  try {
    const service = await json<{ docs: { id: string }[] }>(
      await fetch(`${B.url}/api/services?where[slug][equals]=deep-tissue-massage&depth=0`, {
        headers: staff(),
      }),
    )
    const endsAt = new Date(Date.now() + 10_000)
    const created = await fetch(`${B.url}/api/promotions?locale=en`, {
      method: 'POST',
      headers: staff(),
      body: JSON.stringify({
        title: 'Scale-out flash offer',
        summary: 'A short test offer.',
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        startsAt_tz: 'Asia/Jakarta',
        endsAt: endsAt.toISOString(),
        endsAt_tz: 'Asia/Jakarta',
        discountType: 'fixedAmount',
        amountOffIdr: 50000,
        services: [service.docs[0].id],
        _status: 'published',
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const { doc } = await json<{ doc: { id: string } }>(created)
    await fetch(`${B.url}/api/promotions/${doc.id}?locale=id`, {
      method: 'PATCH',
      headers: staff(),
      body: JSON.stringify({ title: 'Promo kilat scale-out', summary: 'Penawaran uji singkat.' }),
    })
    const shows = async (base: string) =>
      (await (await fetch(`${base}/en/promotions`)).text()).includes('Scale-out flash offer') &&
      (await (await fetch(`${base}/id/promo`)).text()).includes('Promo kilat scale-out')
    for (const base of [A.url, B.url])
      await expect.poll(() => shows(base), { timeout: 10_000 }).toBe(true)
    await expect.poll(() => shows(stack.proxyURL), { timeout: 10_000 }).toBe(true)
    const beforeEnd = expiries.length

    // Nobody saves anything now: the runner (one instance, by its lease) expires the pages.
    await sleep(Math.max(0, endsAt.getTime() - Date.now()))
    for (const base of [A.url, B.url, stack.proxyURL]) {
      await expect.poll(() => shows(base), { timeout: 60_000, intervals: [1_000] }).toBe(false)
    }
    await sleep(21_000) // one more round of the runner (every 20 s) on each instance
    const atEnd = expiries.slice(beforeEnd)
    console.log(`expiries at the promotion's end: ${atEnd.join(', ')}`)
    expect(atEnd.sort()).toEqual(['promotions:en', 'promotions:id'])

    // Nothing left waiting for it either (a finished job is removed from the queue).
    type Job = { input?: { promotion?: string } }
    const waiting = (
      await json<{ docs: Job[] }>(
        await fetch(
          `${A.url}/api/payload-jobs?where[taskSlug][equals]=expirePromotionPages&depth=0&limit=100`,
          { headers: staff() },
        ),
      )
    ).docs.filter((job) => job.input?.promotion === String(doc.id))
    expect(waiting).toEqual([])
  } finally {
    await events.quit()
  }
})

/**
 * Runs `workers` loops of requests through nginx until told to stop. Failures are answers other
 * than 200 and requests that got no answer; `cut` are answers an instance was killed in the
 * middle of sending (the client sees "terminated"). No proxy can retry those: the visitor already
 * has half of it. Each worker has one request in flight, so at most `workers` can be cut.
 */
function loadThroughProxy(paths: string[], { workers = 8, bust = false } = {}) {
  let stop = false
  let sent = 0
  const failures: string[] = []
  const cut: string[] = []
  const loop = async (w: number) => {
    while (!stop) {
      const n = sent++
      const url = `${stack.proxyURL}${paths[n % paths.length]}${bust ? `${paths[n % paths.length].includes('?') ? '&' : '?'}load=${w}-${n}` : ''}`
      try {
        const response = await fetch(url)
        await response.arrayBuffer()
        if (response.status !== 200) failures.push(`${response.status} ${url}`)
      } catch (error) {
        const message = (error as Error).message
        ;(message === 'terminated' ? cut : failures).push(`${message} ${url}`)
      }
    }
  }
  const running = Array.from({ length: workers }, (_, w) => loop(w))
  return {
    sent: () => sent,
    async finish() {
      stop = true
      await Promise.all(running)
      return { sent, failures, cut }
    },
  }
}

const PAGES = [
  '/en',
  '/id',
  '/en/services/deep-tissue-massage',
  '/id/layanan/pijat-deep-tissue',
  '/en/compare/relaxation-vs-therapeutic-massage',
  '/id/perbandingan/pijat-relaksasi-vs-pijat-terapeutik',
]

test('an instance stopped for a deploy under load loses no request', async () => {
  test.setTimeout(240_000)
  // A query string of its own on every request: nginx passes each one to an instance.
  const load = loadThroughProxy(PAGES, { bust: true })
  await sleep(2_000)
  const before = load.sent()
  await B.stop('SIGTERM') // what `docker compose` and systemd send; Next finishes what it started
  await sleep(4_000)
  const { sent, failures, cut } = await load.finish()
  console.log(
    `deploy stop of B under load: ${sent} requests (${before} before), ${failures.length + cut.length} failed`,
  )
  expect(sent - before).toBeGreaterThan(20)
  expect([...failures, ...cut]).toEqual([])
  await B.start()
})

test('an instance that crashes under visitors’ load loses no request', async () => {
  test.setTimeout(120_000)
  // What visitors and staff send: cached pages (nginx refreshes them from the instances every
  // second), plus reads that always reach an instance.
  const workers = 16
  const load = loadThroughProxy([...PAGES, '/api/health', '/api/services?limit=1&depth=0'], {
    workers,
  })
  await sleep(2_000)
  const before = load.sent()
  await B.stop('SIGKILL')
  await sleep(4_000)
  const { sent, failures, cut } = await load.finish()
  console.log(
    `B killed under load: ${sent} requests (${before} before), ${failures.length} failed, ` +
      `${cut.length} cut mid-answer by the kill${cut.length ? ` (${cut.join(', ')})` : ''}`,
  )
  expect(sent - before).toBeGreaterThan(100)
  // Refused, reset before an answer, 502/503/504: nginx hands each to the other instance.
  expect(failures).toEqual([])
  // Only what B was in the middle of sending when it died, and never a cached page.
  expect(cut.length).toBeLessThanOrEqual(workers / 2)
  expect(cut.filter((line) => !line.includes('/api/'))).toEqual([])
})
