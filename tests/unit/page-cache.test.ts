/**
 * The page cache handler (next.config `cacheHandler`): Next's own file-system cache, handing out a
 * cached page's HTML as UTF-8 bytes so a cached hit is sent without re-encoding an 80 KB string.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import PageCacheHandler from '../../src/cache/pageCacheHandler.mjs'

const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-page-cache-'))
afterAll(() => fs.rmSync(distDir, { recursive: true, force: true }))

const handler = () =>
  new PageCacheHandler({
    fs: nodeFs,
    serverDistDir: distDir,
    flushToDisk: true,
    revalidatedTags: [],
    maxMemoryCacheSize: 50 * 1024 * 1024,
    _requestHeaders: {},
  })

const html = '<!DOCTYPE html><html lang="id"><title>Pijat relaksasi · Ame Spa</title>–ñ</html>'
const page = {
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('0:{}'),
  headers: { 'x-next-cache-tags': 'services' },
  status: 200,
  postponed: undefined,
  segmentData: undefined,
} as const
const pageContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false } as const

/** Stores a query result as Next's data cache does (`unstable_cache`). */
const storeQuery = (
  cache: ReturnType<typeof handler>,
  key: string,
  data: Record<string, unknown>,
  tags: string[],
) =>
  cache.set(
    key,
    { kind: 'FETCH', data, revalidate: 300 } as never,
    {
      fetchCache: true,
      tags,
    } as never,
  )

describe('page cache handler', () => {
  it('hands out a cached page as UTF-8 bytes, encoded once, with everything else unchanged', async () => {
    const cache = handler()
    await cache.set(
      '/id',
      page as never,
      {
        cacheControl: { revalidate: 300, expire: 86400 },
        isRoutePPREnabled: false,
        isFallback: false,
      } as never,
    )
    const first = await cache.get('/id', pageContext as never)
    const second = await cache.get('/id', pageContext as never)
    const firstHtml: unknown = first?.value && 'html' in first.value ? first.value.html : null
    const secondHtml: unknown = second?.value && 'html' in second.value ? second.value.html : null
    expect(Buffer.isBuffer(firstHtml)).toBe(true)
    expect((firstHtml as Buffer).toString('utf8')).toBe(html)
    expect(secondHtml).toBe(firstHtml)
    expect(first?.value).toMatchObject({ kind: 'APP_PAGE', status: 200, headers: page.headers })
    // The page was written to disk as Next writes it, readable by any later process.
    const onDisk = fs.readFileSync(path.join(distDir, 'app', 'id.html'), 'utf8')
    expect(onDisk).toBe(html)
  })

  it('leaves query results (fetch cache entries) exactly as stored', async () => {
    const cache = handler()
    const data = { headers: {}, body: '{"docs":[]}', status: 200, url: 'unstable-cache' }
    await storeQuery(cache, 'services-en', data, ['services'])
    const entry = await cache.get('services-en', { kind: 'FETCH', tags: ['services'] } as never)
    expect(entry?.value).toEqual({ kind: 'FETCH', data, revalidate: 300 })
  })

  it('does not keep a render that began before a publish and ended after it', async () => {
    const cache = handler()
    const context = {
      cacheControl: { revalidate: 300, expire: 86400 },
      isRoutePPREnabled: false,
      isFallback: false,
    } as never
    const slow = { ...page, headers: { 'x-next-cache-tags': '_N_T_/en/race-page,services:en' } }
    // A visit finds nothing and starts rendering; an editor publishes; the render ends.
    expect(await cache.get('/en/race-page', pageContext as never)).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cache.revalidateTag(['services:en'], { expire: 0 } as never)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cache.set('/en/race-page', slow as never, context)
    expect(await cache.get('/en/race-page', pageContext as never)).toBeNull()
    // The next render began after the publish: kept.
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cache.set('/en/race-page', slow as never, context)
    expect(await cache.get('/en/race-page', pageContext as never)).not.toBeNull()
  })

  it('does not keep a query result read before a publish and stored after it', async () => {
    const cache = handler()
    const data = { headers: {}, body: '{"docs":["old"]}', status: 200, url: 'unstable-cache' }
    const context = { kind: 'FETCH', tags: ['therapists:en'] } as never
    expect(await cache.get('race-query-therapists-en', context)).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cache.revalidateTag(['therapists:en'], { expire: 0 } as never)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await storeQuery(cache, 'race-query-therapists-en', data, ['therapists:en'])
    expect(await cache.get('race-query-therapists-en', context)).toBeNull()
  })

  it('counts an expiry from when this instance hears of it, if later than when it was made', async () => {
    const { learnTag } = await import('../../src/cache/sharedCache.mjs')
    const { areTagsExpired } =
      await import('next/dist/server/lib/incremental-cache/tags-manifest.external.js')
    // Another instance expired the tag 10 s ago; this one rendered a page from its own older
    // query results 5 s ago, before the news arrived.
    const renderedAt = Date.now() - 5_000
    learnTag('heard-late:en', { expired: Date.now() - 10_000 })
    expect(areTagsExpired(['heard-late:en'], renderedAt)).toBe(true)
    // Rendered after hearing of it: fresh.
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(areTagsExpired(['heard-late:en'], Date.now())).toBe(false)
  })
})
