// @ts-check
// Loaded by Next.js at run time, outside the bundle (next.config `cacheHandler`), hence plain JS.
import { createRequire } from 'node:module'
import path from 'node:path'
import {
  expiredSince,
  headerTags,
  isShared,
  shareEntry,
  sharedEntry,
  shareExpiredTags,
} from './sharedCache.mjs'
import { pageRequested, refreshPagesTagged, rememberPage } from './proxyRefresh.mjs'

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = createRequire(import.meta.url)(
  'next/dist/server/lib/incremental-cache/file-system-cache.js',
).default

/**
 * When each page or query result was found missing or expired, so its render began: the earliest
 * such moment since it was last stored.
 * @type {Map<string, number>}
 */
const renderingSince = new Map()
const RENDERS_REMEMBERED = 10_000

/**
 * The tags a value read: a page's or route's in its headers, a query result's in its context.
 * @param {unknown} data
 * @param {unknown} ctx
 */
function tagsRead(data, ctx) {
  const fromContext = /** @type {{ tags?: unknown } | null} */ (ctx)?.tags
  return [...headerTags(data), ...(Array.isArray(fromContext) ? fromContext : [])]
}

/** The UTF-8 bytes of each cached page's HTML, made once per cached value. */
const htmlBytes = new WeakMap()

/**
 * Next.js's own page cache (memory, then `.next/server`), with three changes:
 * - a cached page's HTML is handed out as UTF-8 bytes instead of a JavaScript string. Node writes
 *   a large string to a socket through a fresh UTF-8 copy for every response; for an 80 KB page
 *   that made each cached hit about ten times slower to send than the bytes (bare Node server:
 *   1,300 vs 16,000 req/s). Next sends a byte body as it is.
 * - "not found" pages are not kept (see `set`).
 * - with REDIS_URL, several instances share one truth (sharedCache.mjs): an expired tag reaches
 *   every instance at once, and a page one instance rendered is there for the others. A hit is
 *   still answered from this instance's memory, without a round trip to Redis.
 * - with PROXY_REFRESH_URL (nginx in front), an expired tag also refreshes nginx's copies of the
 *   pages that read it (proxyRefresh.mjs).
 */
export default class PageCacheHandler extends FileSystemCache {
  /**
   * PAGE_CACHE_DIR moves the cache out of `.next/server` (pages) and `.next/cache` (data), so
   * several servers can run from one build without serving each other's pages: the browser tests
   * start one per worker, each on its own database.
   */
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} context */
  constructor(context) {
    const dir = process.env.PAGE_CACHE_DIR
    super(dir ? { ...context, serverDistDir: path.join(path.resolve(dir), 'server') } : context)
    // Connects on the first request, so the tag channel is listening before the first expiry.
    isShared()
  }

  /**
   * A "not found" page is not kept: every made-up address would otherwise store one (nine files
   * each; 2,700 for 300 addresses), with no end. Such pages are rendered each time instead.
   * @type {InstanceType<typeof FileSystemCache>['set']}
   */
  async set(key, data, ctx) {
    const began = renderingSince.get(key)
    renderingSince.delete(key)
    if (data && data.kind === 'APP_PAGE' && data.status === 404) return
    // A render that began before a publish and ended after it read the content as it was: kept,
    // it counted as newer than the publish and was served for the page's whole lifetime (5
    // minutes; seen when a page was asked for between an editor's two saves). It is answered
    // once, not kept; the next visit renders again.
    if (began !== undefined && expiredSince(tagsRead(data, ctx), began)) return
    await super.set(key, data, ctx)
    if (data) rememberPage(data)
    if (!data || !isShared()) return
    const cacheControl = 'cacheControl' in ctx ? ctx.cacheControl : undefined
    await shareEntry(key, { lastModified: Date.now(), value: data, cacheControl })
  }

  /** @type {InstanceType<typeof FileSystemCache>['revalidateTag']} */
  async revalidateTag(tags, durations) {
    const expired = typeof tags === 'string' ? [tags] : tags
    await super.revalidateTag(tags, durations)
    await shareExpiredTags(expired)
    // Not awaited: the publish answers now; nginx gets the new pages in the background.
    void refreshPagesTagged(expired)
  }

  /** @type {InstanceType<typeof FileSystemCache>['get']} */
  async get(key, ctx) {
    const entry = (await super.get(key, ctx)) ?? (await this.fromOtherInstances(key, ctx))
    if (!entry && !renderingSince.has(key)) {
      // Bounded: a key looked up and never stored (an error page) is forgotten eventually.
      if (renderingSince.size >= RENDERS_REMEMBERED) {
        renderingSince.delete(/** @type {string} */ (renderingSince.keys().next().value))
      }
      renderingSince.set(key, Date.now())
    }
    const value = entry?.value
    if (!entry || value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return entry
    pageRequested(value)
    let bytes = htmlBytes.get(value)
    if (!bytes) {
      bytes = Buffer.from(value.html, 'utf8')
      htmlBytes.set(value, bytes)
    }
    // The stored entry stays as Next wrote it; this answer carries the bytes.
    return {
      ...entry,
      value: { ...value, html: /** @type {string} */ (/** @type {unknown} */ (bytes)) },
    }
  }

  /**
   * @param {string} key
   * @param {Parameters<InstanceType<typeof FileSystemCache>['get']>[1]} ctx
   */
  async fromOtherInstances(key, ctx) {
    if (!isShared()) return null
    const tags = ctx.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : []
    const entry = await sharedEntry(key, tags)
    // Kept in memory like one of ours: the next hit needs no round trip.
    const memory = /** @type {{ memoryCache?: { set(key: string, entry: unknown): void } }} */ (
      /** @type {unknown} */ (FileSystemCache)
    ).memoryCache
    if (entry) memory?.set(key, entry)
    return entry
  }
}
