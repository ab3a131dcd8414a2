/**
 * Several app instances, one truth (issue 28), against a real redis-server: the page cache and
 * its tag expiry shared between processes, limits counted once for all instances, and one job
 * runner at a time. Without REDIS_URL all of this stays in one process (the other test files).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRedis } from '../helpers/redisServer'

type Started = Awaited<ReturnType<typeof startRedis>>
let redis: Started
let client: Redis

beforeAll(async () => {
  redis = await startRedis()
  process.env.REDIS_URL = redis.url
  client = new Redis(redis.url)
})
afterAll(async () => {
  await client?.quit()
  await redis?.stop()
})

const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-shared-cache-'))
const handlerFile = path.resolve('src/cache/pageCacheHandler.mjs')
const context = (dir: string) => ({
  fs: undefined as unknown,
  serverDistDir: dir,
  flushToDisk: true,
  revalidatedTags: [],
  maxMemoryCacheSize: 50 * 1024 * 1024,
  _requestHeaders: {},
})
const pageContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }
const html = '<!DOCTYPE html><html lang="id"><title>Pijat relaksasi · Ame Spa</title></html>'

/**
 * Instance B, a process of its own with its own disk folder: answers "get" lines with whether
 * it has the page, until told "quit".
 */
function otherInstance() {
  const script = `
    import readline from 'node:readline'
    import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js'
    const { default: Handler } = await import(${JSON.stringify(handlerFile)})
    const handler = new Handler({ ...${JSON.stringify(context(fs.mkdtempSync(path.join(os.tmpdir(), 'ame-instance-b-'))))}, fs: nodeFs })
    await new Promise((resolve) => setTimeout(resolve, 300)) // subscribed to the tag channel
    console.log('ready')
    for await (const line of readline.createInterface({ input: process.stdin })) {
      if (line === 'quit') process.exit(0)
      const entry = await handler.get(line, ${JSON.stringify(pageContext)})
      const body = entry?.value?.html
      console.log(JSON.stringify({ hit: Boolean(entry), bytes: Buffer.isBuffer(body), text: body ? Buffer.from(body).toString('utf8') : null }))
    }`
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, REDIS_URL: redis.url },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines: string[] = []
  let waiting: ((line: string) => void) | null = null
  let buffer = ''
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end)
      buffer = buffer.slice(end + 1)
      if (waiting) {
        const resolve = waiting
        waiting = null
        resolve(line)
      } else lines.push(line)
    }
  })
  const next = () =>
    new Promise<string>((resolve) => {
      const line = lines.shift()
      if (line !== undefined) resolve(line)
      else waiting = resolve
    })
  return {
    ready: next,
    async get(key: string) {
      child.stdin.write(`${key}\n`)
      return JSON.parse(await next()) as { hit: boolean; bytes: boolean; text: string | null }
    },
    quit: () => child.stdin.write('quit\n'),
  }
}

describe('the page cache shared through Redis', () => {
  it('serves a page one instance rendered from another, and an expired tag expires it on both', async () => {
    const { nodeFs } = await import('next/dist/server/lib/node-fs-methods')
    const { default: Handler } = await import('../../src/cache/pageCacheHandler.mjs')
    const instanceA = new Handler({ ...context(distDir), fs: nodeFs } as never)
    const page = {
      kind: 'APP_PAGE',
      html,
      rscData: Buffer.from('0:{"ok":true}'),
      headers: { 'x-next-cache-tags': 'services:id,_N_T_/id/layanan' },
      status: 200,
      segmentData: new Map([['/_tree', Buffer.from('tree')]]),
    }
    await instanceA.set(
      '/id/layanan/pijat',
      page as never,
      {
        cacheControl: { revalidate: 300, expire: 86400 },
        isRoutePPREnabled: false,
        isFallback: false,
      } as never,
    )
    const stored = await client.get('ame-spa:page:/id/layanan/pijat')
    expect(stored).toContain('$bytes')

    const instanceB = otherInstance()
    expect(await instanceB.ready()).toBe('ready')
    try {
      // B never rendered it: the copy comes from Redis, bytes and all.
      expect(await instanceB.get('/id/layanan/pijat')).toEqual({
        hit: true,
        bytes: true,
        text: html,
      })
      // A publish on A expires the tag; B, which holds the page in memory now, hears of it.
      await new Promise((resolve) => setTimeout(resolve, 5))
      await instanceA.revalidateTag(['services:id'], { expire: 0 })
      const started = Date.now()
      let after = await instanceB.get('/id/layanan/pijat')
      while (after.hit && Date.now() - started < 2000)
        after = await instanceB.get('/id/layanan/pijat')
      expect(after.hit).toBe(false)
      console.log(`tag expiry reached the other instance in ${Date.now() - started} ms`)
      expect(await instanceA.get('/id/layanan/pijat', pageContext as never)).toBeNull()
      // The record of the expiry stays in Redis for instances that start later.
      expect(JSON.parse((await client.hget('ame-spa:tags', 'services:id')) ?? '{}')).toMatchObject({
        expired: expect.any(Number),
      })
      // Another tag on the same page leaves other pages alone.
      await instanceA.set(
        '/en/services/x',
        { ...page, headers: { 'x-next-cache-tags': 'services:en' } } as never,
        {
          cacheControl: { revalidate: 300, expire: 86400 },
          isRoutePPREnabled: false,
          isFallback: false,
        } as never,
      )
      expect((await instanceB.get('/en/services/x')).hit).toBe(true)
    } finally {
      instanceB.quit()
    }
  })

  it('does not take from Redis a copy made just after an expiry its maker may not have heard of', async () => {
    const { nodeFs } = await import('next/dist/server/lib/node-fs-methods')
    const { default: Handler } = await import('../../src/cache/pageCacheHandler.mjs')
    const { shareEntry } = await import('../../src/cache/sharedCache.mjs')
    const here = new Handler({ ...context(distDir), fs: nodeFs } as never)
    await here.revalidateTag(['therapists:id'], { expire: 0 } as never)
    const expiredAt = Date.now()
    const copy = (lastModified: number) => ({
      lastModified,
      value: {
        kind: 'APP_PAGE',
        html,
        rscData: Buffer.from('0:{}'),
        headers: { 'x-next-cache-tags': 'therapists:id,_N_T_/id/terapis' },
        status: 200,
      },
      cacheControl: { revalidate: 300, expire: 86400 },
    })
    // Made half a second after the expiry by an instance still rendering from older results.
    await shareEntry('/id/terapis', copy(expiredAt + 500))
    expect(await here.get('/id/terapis', pageContext as never)).toBeNull()
    // Made well after it: taken.
    await shareEntry('/id/terapis', copy(expiredAt + 4_000))
    expect(await here.get('/id/terapis', pageContext as never)).not.toBeNull()
  })

  it('keeps Buffers and Maps through the shared copy', async () => {
    const { serializeEntry, deserializeEntry } = await import('../../src/cache/sharedCache.mjs')
    const entry = {
      lastModified: 5,
      value: { rscData: Buffer.from([0, 1, 254]), segmentData: new Map([['a', Buffer.from('b')]]) },
    }
    const back = deserializeEntry(serializeEntry(entry))
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true)
    expect([...back.value.rscData]).toEqual([0, 1, 254])
    expect(back.value.segmentData).toBeInstanceOf(Map)
    expect(back.value.segmentData.get('a').toString()).toBe('b')
  })
})

describe('limits shared through Redis', () => {
  it('counts a burst on two instances once: 60 simultaneous attempts, 10 allowed', async () => {
    const { createSharedRateLimiter } = await import('@/security/sharedRateLimit')
    // Two limiters with one name are what two instances hold.
    const onA = createSharedRateLimiter('test-logins', { limit: 10, windowMs: 60_000 })
    const onB = createSharedRateLimiter('test-logins', { limit: 10, windowMs: 60_000 })
    const decisions = await Promise.all(
      Array.from({ length: 60 }, (_, n) => (n % 2 ? onA : onB).take('203.0.113.9')),
    )
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10)
    const refused = decisions.find((decision) => !decision.allowed)
    expect(refused && !refused.allowed && refused.retryAfterMs).toBeGreaterThan(55_000)
    // Another address is not affected; a correct password gives an attempt back everywhere.
    expect((await onA.take('203.0.113.10')).allowed).toBe(true)
    await client.set('ame-spa:limit:test-logins:198.51.100.1', '10', 'PX', 60_000)
    expect((await onB.take('198.51.100.1')).allowed).toBe(false)
    await onA.giveBack('198.51.100.1')
    await onA.giveBack('198.51.100.1')
    expect((await onB.take('198.51.100.1')).allowed).toBe(true)
  })
})

describe('one job runner across instances', () => {
  it('holds a lease in Redis that another instance cannot take while it lives', async () => {
    const { holdsJobRunnerLease, LEASE_MS } = await import('@/scale/jobRunnerLease')
    await client.set('ame-spa:job-runner', 'another-instance', 'PX', 60_000)
    expect(await holdsJobRunnerLease()).toBe(false)
    // The other instance died: its lease runs out, and this one takes over and renews it.
    await client.del('ame-spa:job-runner')
    expect(await holdsJobRunnerLease()).toBe(true)
    expect(await holdsJobRunnerLease()).toBe(true)
    const ttl = await client.pttl('ame-spa:job-runner')
    expect(ttl).toBeGreaterThan(LEASE_MS - 2_000)
    expect(ttl).toBeLessThanOrEqual(LEASE_MS)
  })
})

describe('with Redis gone', () => {
  it('limits fall back to each instance’s own count, and jobs wait rather than run twice', async () => {
    const { createSharedRateLimiter } = await import('@/security/sharedRateLimit')
    const { holdsJobRunnerLease } = await import('@/scale/jobRunnerLease')
    const limiter = createSharedRateLimiter('test-away', { limit: 2, windowMs: 60_000 })
    await redis.stop()
    const decisions = [await limiter.take('x'), await limiter.take('x'), await limiter.take('x')]
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, false])
    expect(await holdsJobRunnerLease()).toBe(false)
  })
})
