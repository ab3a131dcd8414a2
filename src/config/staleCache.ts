import fs from 'node:fs'
import path from 'node:path'

/**
 * Next.js keeps the record of expired cache tags in memory only. Pages and query results cached on
 * disk by an earlier server process may have been expired by an edit that process saw, and the new
 * process would serve them as fresh; so each start begins with an empty content cache.
 * (Multi-instance deployments use a shared cache handler instead; see README.)
 */
export function clearContentCache(root = process.cwd()): void {
  for (const folder of ['.next/server/route-cache', '.next/cache/fetch-cache']) {
    fs.rmSync(path.join(root, folder), { recursive: true, force: true })
  }
}
