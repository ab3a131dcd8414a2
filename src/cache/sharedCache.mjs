// @ts-check
// Loaded by the page cache handler outside the bundle, hence plain JS (see pageCacheHandler.mjs).
import { createRequire } from 'node:module'
import { Redis } from 'ioredis'

const require = createRequire(import.meta.url)
/** @type {{ tagsManifest: Map<string, { stale?: number; expired?: number }>; areTagsExpired: (tags: string[], timestamp: number) => boolean }} */
const manifest = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

const PREFIX = process.env.REDIS_PREFIX ?? 'ame-spa:'
const TAGS = `${PREFIX}tags`
const TAG_EVENTS = `${PREFIX}tag-events`
const ENTRY = `${PREFIX}page:`
const PAGES_OF = `${PREFIX}pages-of:`
/** How late an instance may hear of another's expiry (it is ms; under load, longer). */
const HEARING_MARGIN_MS = 3_000
/** A cached page or query result no one asked for in a week is dropped from Redis. */
const LONGEST_KEEP_SECONDS = 7 * 24 * 60 * 60

/**
 * Buffers and Maps (a page's RSC payload and segments) through JSON. `JSON.stringify` calls a
 * Buffer's own `toJSON` before the replacer sees it, so the replacer reads the holder's value.
 * @param {unknown} entry
 */
export function serializeEntry(entry) {
  return JSON.stringify(entry, function replace(key, value) {
    const original = /** @type {Record<string, unknown>} */ (this)[key]
    if (original instanceof Uint8Array) return { $bytes: Buffer.from(original).toString('base64') }
    if (original instanceof Map) return { $map: [...original.entries()] }
    return value
  })
}

/** @param {string} text */
export function deserializeEntry(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value.$bytes === 'string') return Buffer.from(value.$bytes, 'base64')
      if (Array.isArray(value.$map)) return new Map(value.$map)
    }
    return value
  })
}

/**
 * The tags a cached page or route read, from the header Next stores with it; [] for anything else.
 * @param {unknown} value
 * @returns {string[]}
 */
export function headerTags(value) {
  const header = /** @type {{ headers?: Record<string, unknown> } | null} */ (value)?.headers?.[
    'x-next-cache-tags'
  ]
  return typeof header === 'string' ? header.split(',') : []
}

/**
 * Whether one of these tags expired (or went stale) after `time`, on any instance.
 * @param {string[]} tags
 * @param {number} time
 */
export function expiredSince(tags, time) {
  return tags.some((tag) => {
    const state = manifest.tagsManifest.get(tag)
    return Math.max(state?.expired ?? 0, state?.stale ?? 0) > time
  })
}

/**
 * An expiry this instance had not heard of counts from the moment it hears of it, if that is
 * later than when the other instance made it. In between, this instance could still render
 * pages from its own older query results, stored as newer than the expiry: kept as fresh, they
 * showed the old content for the page's 5 minutes (seen in the browser test under load).
 * @param {number | undefined} known
 * @param {number | undefined} incoming
 * @param {number} now
 */
const heardAt = (known, incoming, now) =>
  incoming && incoming > (known ?? 0) ? Math.max(incoming, now) : known

/**
 * Records an expiry of `tag` made by another instance.
 * @param {string} tag
 * @param {{ stale?: number; expired?: number }} state
 */
export function learnTag(tag, state) {
  const known = manifest.tagsManifest.get(tag)
  const now = Date.now()
  manifest.tagsManifest.set(tag, {
    stale: heardAt(known?.stale, state.stale, now),
    expired: heardAt(known?.expired, state.expired, now),
  })
}

/**
 * One Redis connection for commands and one for the tag channel per process (Next makes a cache
 * handler per request). Created on first use, only with REDIS_URL.
 * @type {{ client: Redis; subscriber: Redis } | null | undefined}
 */
let shared

function connect() {
  if (shared !== undefined) return shared
  const url = process.env.REDIS_URL
  if (!url) return (shared = null)
  // A page never waits long on Redis: with Redis away, a command fails on the next failed
  // connection attempt or after 300 ms, and the instance serves from its own memory and disk, as
  // a single instance does.
  const options = {
    maxRetriesPerRequest: 0,
    commandTimeout: 300,
    connectionName: 'ame-spa-page-cache',
  }
  const client = new Redis(url, options)
  const subscriber = new Redis(url, { ...options, commandTimeout: undefined })
  const quiet = (/** @type {string} */ which) => {
    let said = false
    return (/** @type {Error} */ error) => {
      if (said) return
      said = true
      console.error(
        `Shared page cache: Redis ${which} unavailable (${error.message}); serving from this instance's cache until it is back.`,
      )
    }
  }
  client.on('error', quiet('connection'))
  subscriber.on('error', quiet('channel'))
  // On every (re)connection: learn every expiry this instance may have missed, then listen.
  subscriber.on('ready', () => {
    void subscriber.subscribe(TAG_EVENTS).catch(() => {})
    void client
      .hgetall(TAGS)
      .then((all) => {
        for (const [tag, state] of Object.entries(all)) learnTag(tag, JSON.parse(state))
      })
      .catch(() => {})
  })
  subscriber.on('message', (_channel, message) => {
    try {
      const { tag, state } = JSON.parse(message)
      if (typeof tag === 'string') learnTag(tag, state)
    } catch {
      // Not ours.
    }
  })
  return (shared = { client, subscriber })
}

/** Whether this process shares its page cache through Redis (REDIS_URL is set). */
export const isShared = () => connect() !== null

/**
 * Tells every instance (this one included, already done by Next) that these tags expired.
 * @param {string[]} tags
 */
export async function shareExpiredTags(tags) {
  const redis = connect()
  if (!redis || tags.length === 0) return
  const batch = redis.client.multi()
  for (const tag of tags) {
    const state = manifest.tagsManifest.get(tag)
    if (!state) continue
    batch.hset(TAGS, tag, JSON.stringify(state))
    batch.publish(TAG_EVENTS, JSON.stringify({ tag, state }))
  }
  try {
    await batch.exec()
  } catch (error) {
    console.error(`Shared page cache: could not share the expiry of ${tags.join(', ')}:`, error)
  }
}

/**
 * @param {string} key
 * @param {{ lastModified: number; value: unknown; cacheControl?: { expire?: number } }} entry
 */
export async function shareEntry(key, entry) {
  const redis = connect()
  if (!redis) return
  const expire = entry.cacheControl?.expire
  const seconds = Math.min(
    LONGEST_KEEP_SECONDS,
    Math.max(60, typeof expire === 'number' ? expire : LONGEST_KEEP_SECONDS),
  )
  try {
    await redis.client.set(ENTRY + key, serializeEntry(entry), 'EX', seconds)
  } catch {
    // Redis away: this instance keeps its own copy; others render their own.
  }
}

/**
 * Another instance's copy of a page or query result, unless one of its tags expired since.
 * @param {string} key
 * @param {string[]} tags tags the caller knows (a query's); a page's are in its headers
 * @returns {Promise<import('next/dist/server/lib/incremental-cache').CacheHandlerValue | null>}
 */
export async function sharedEntry(key, tags) {
  const redis = connect()
  if (!redis) return null
  let text
  try {
    text = await redis.client.get(ENTRY + key)
  } catch {
    return null
  }
  if (!text) return null
  const entry = deserializeEntry(text)
  const entryTags = [
    ...tags,
    ...headerTags(entry?.value),
    ...(Array.isArray(entry?.value?.tags) ? entry.value.tags : []),
  ]
  if (typeof entry?.lastModified !== 'number') return null
  // Judged as if made a little earlier: the instance that made it may not yet have heard of an
  // expiry from just before (then it rendered from its older query results), and a copy it made
  // then looked newer than the expiry here (both instances served the old page, seen under load).
  if (manifest.areTagsExpired(entryTags, entry.lastModified - HEARING_MARGIN_MS)) return null
  return entry
}

/**
 * Records, for every instance to see, that the page at `path` read these content tags.
 * @param {string} path
 * @param {string[]} tags
 */
export async function rememberPageTags(path, tags) {
  const redis = connect()
  if (!redis || tags.length === 0) return
  const batch = redis.client.multi()
  for (const tag of tags) {
    batch.sadd(PAGES_OF + tag, path)
    batch.expire(PAGES_OF + tag, LONGEST_KEEP_SECONDS)
  }
  try {
    await batch.exec()
  } catch {
    // Redis away: a publish refreshes the pages this instance knows; the rest within a second.
  }
}

/**
 * The pages any instance rendered that read one of these tags.
 * @param {string[]} tags
 * @returns {Promise<string[]>}
 */
export async function pagesTaggedElsewhere(tags) {
  const redis = connect()
  if (!redis || tags.length === 0) return []
  try {
    return await redis.client.sunion(...tags.map((tag) => PAGES_OF + tag))
  } catch {
    return []
  }
}
