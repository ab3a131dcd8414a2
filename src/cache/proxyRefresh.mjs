// @ts-check
// Loaded by the page cache handler outside the bundle, hence plain JS (see pageCacheHandler.mjs).
import http from 'node:http'
import { headerTags, pagesTaggedElsewhere, rememberPageTags } from './sharedCache.mjs'

/** The most pages a publish refreshes at once in nginx: the rest wait their turn. */
const AT_ONCE = 3
/** The other instances hear of the expiry through Redis before nginx asks one of them. */
const AFTER_EXPIRY_MS = 25
/**
 * And once more after this: a copy nginx was already fetching when the publish came (a visit
 * after its second) arrives after the refresh with the page as it was, and replaces it again.
 */
const AGAIN_AFTER_MS = 750
/** Pages whose tags this instance remembers; the oldest are forgotten past this. */
const REMEMBERED = 5_000
/** Both copies nginx keeps of a page: compressed for browsers, plain for the rest. */
const ENCODINGS = ['gzip', 'identity']

/** Each page's address and content tags, the most recently asked for last. @type {Map<string, string[]>} */
const pages = new Map()
/** Each cached value's address and content tags, read once. @type {WeakMap<object, { path: string; content: string[] } | null>} */
const read = new WeakMap()

/**
 * The address a cached page answers, read from its implicit tags: "_N_T_/en/services/x" among
 * "_N_T_/(frontend)/[locale]/layout" and the like. Null for anything that is not a page.
 * @param {string[]} tags
 */
export function pagePath(tags) {
  const found = tags.find(
    (tag) =>
      tag.startsWith('_N_T_/') &&
      !/[[(]/.test(tag) &&
      !/\/(layout|page|route)$/.test(tag) &&
      tag !== '_N_T_/layout',
  )
  return found ? found.slice('_N_T_'.length) : null
}

/** @param {unknown} value a cache value from Next (a page, a route, a query result) */
function pageOf(value) {
  if (!value || typeof value !== 'object') return null
  let page = read.get(value)
  if (page !== undefined) return page
  const tags = headerTags(value)
  const path = pagePath(tags)
  page = path ? { path, content: tags.filter((tag) => !tag.startsWith('_N_T_')) } : null
  read.set(value, page)
  return page
}

/** @param {{ path: string; content: string[] }} page */
function touch(page) {
  pages.delete(page.path)
  pages.set(page.path, page.content)
  if (pages.size > REMEMBERED) pages.delete(/** @type {string} */ (pages.keys().next().value))
}

/**
 * Notes which content tags a page just rendered read, so that a publish knows which pages to
 * refresh in nginx (every instance's, through Redis).
 * @param {unknown} value
 */
export function rememberPage(value) {
  const page = pageOf(value)
  if (!page) return
  touch(page)
  void rememberPageTags(page.path, page.content)
}

/**
 * Notes that a page was asked for: a publish refreshes the pages visitors are reading first.
 * @param {unknown} value
 */
export function pageRequested(value) {
  const page = pageOf(value)
  if (page) touch(page)
}

/** The refresh address (nginx's own port for the app, never published) and the site's host. */
function target() {
  const url = process.env.PROXY_REFRESH_URL
  if (!url) return null
  const site = process.env.NEXT_PUBLIC_SERVER_URL
  return { url: new URL(url), host: site ? new URL(site).host : undefined }
}

/**
 * @param {{ url: URL; host: string | undefined }} to
 * @param {string} path
 * @param {string} encoding
 * @returns {Promise<void>}
 */
function refreshOne(to, path, encoding) {
  return new Promise((resolve) => {
    const request = http.get(
      new URL(path, to.url),
      {
        headers: { ...(to.host ? { Host: to.host } : {}), 'Accept-Encoding': encoding },
        timeout: 30_000,
      },
      (response) => {
        response.resume()
        response.on('end', resolve)
        response.on('error', () => resolve())
      },
    )
    // nginx not there (a single instance, or starting): the page refreshes within its second.
    request.on('error', () => resolve())
    request.on('timeout', () => request.destroy())
  })
}

/** Pages waiting for their refresh, in order; each once. */
const queue = new Set()
let running = 0
/** Second rounds not yet queued. */
let pending = 0
let warned = false

/** @param {{ url: URL; host: string | undefined }} to */
function pump(to) {
  while (running < AT_ONCE && queue.size > 0) {
    const path = /** @type {string} */ (queue.values().next().value)
    queue.delete(path)
    running += 1
    void (async () => {
      try {
        for (const encoding of ENCODINGS) await refreshOne(to, path, encoding)
      } catch (error) {
        if (!warned) console.error('Could not refresh pages in nginx:', error)
        warned = true
      } finally {
        running -= 1
        pump(to)
      }
    })()
  }
}

/**
 * After a publish: asks nginx for a fresh copy of every page that read one of these tags, the
 * pages visitors asked for most recently first, so they see the change at once instead of after
 * nginx's second and one more visit; and again a moment later. Only the instance that expired
 * the tags does this; with Redis it knows the pages every instance rendered. A page already
 * waiting is not asked twice.
 * @param {string[]} tags
 * @returns {Promise<string[]>} the pages queued
 */
export async function refreshPagesTagged(tags) {
  const to = target()
  if (!to || tags.length === 0) return []
  const wanted = new Set(tags)
  const paths = new Set(
    [...pages]
      .reverse()
      .filter(([, content]) => content.some((tag) => wanted.has(tag)))
      .map(([path]) => path),
  )
  for (const path of await pagesTaggedElsewhere(tags)) paths.add(path)
  if (paths.size === 0) return []
  await new Promise((resolve) => setTimeout(resolve, AFTER_EXPIRY_MS))
  for (const path of paths) queue.add(path)
  pump(to)
  pending += 1
  setTimeout(() => {
    pending -= 1
    for (const path of paths) queue.add(path)
    pump(to)
  }, AGAIN_AFTER_MS)
  return [...paths]
}

/** Resolves once every queued refresh has been answered (for tests and a clean stop). */
export async function refreshesDone() {
  while (queue.size > 0 || running > 0 || pending > 0)
    await new Promise((resolve) => setTimeout(resolve, 10))
}
