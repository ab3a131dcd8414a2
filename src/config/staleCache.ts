import fs from 'node:fs'
import path from 'node:path'

const CACHE_FOLDERS = ['server/route-cache', 'cache/fetch-cache']
const MARKER = 'cache/ame-content-changed-at'

/** Where Next keeps its page and data cache: `.next`, or PAGE_CACHE_DIR (see pageCacheHandler). */
const cacheBase = (): string =>
  process.env.PAGE_CACHE_DIR
    ? path.resolve(process.env.PAGE_CACHE_DIR)
    : path.join(process.cwd(), '.next')

/**
 * Remembers when content last changed (any process: the server, the seed script). Next.js keeps
 * the record of expired cache tags in memory only, so this is what the next start goes by.
 */
export function markContentChanged(root = cacheBase(), now = Date.now()): void {
  try {
    fs.mkdirSync(path.join(root, 'cache'), { recursive: true })
    fs.writeFileSync(path.join(root, MARKER), String(now))
  } catch {
    // No build folder (tests on the Local API): nothing is cached on disk either.
  }
}

/**
 * At start, forgets the pages and query results cached on disk before the last content change:
 * an earlier process may have expired them in memory only, and serving them would show old
 * content. Anything written after the last change is still right and is kept, so a restart with
 * no edits in between serves cached pages at once. (Multi-instance deployments use a shared
 * cache handler instead; see README.)
 */
export function dropStaleContentCache(root = cacheBase()): { dropped: number; kept: number } {
  let changedAt = 0
  try {
    changedAt = Number(fs.readFileSync(path.join(root, MARKER), 'utf8')) || 0
  } catch {
    changedAt = Number.POSITIVE_INFINITY // unknown: trust nothing
  }
  const result = { dropped: 0, kept: 0 }
  for (const folder of CACHE_FOLDERS) {
    const dir = path.join(root, folder)
    if (!fs.existsSync(dir)) continue
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      const file = path.join(entry.parentPath, entry.name)
      if (fs.statSync(file).mtimeMs < changedAt) {
        fs.rmSync(file, { force: true })
        result.dropped += 1
      } else {
        result.kept += 1
      }
    }
  }
  return result
}
