/**
 * A fixed-window counter per key, kept in this server's memory. Enough for one spa server;
 * several instances would each allow the limit (documented in the README).
 */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>()
  return {
    /** Counts one attempt; false when `key` is over the limit. */
    take(key: string, now = Date.now()): boolean {
      const entry = hits.get(key)
      if (!entry || entry.resetAt <= now) {
        if (hits.size > 10_000) hits.clear()
        hits.set(key, { count: 1, resetAt: now + windowMs })
        return true
      }
      entry.count += 1
      return entry.count <= limit
    },
  }
}

/** The client address as seen by the first proxy, or "unknown". */
export const clientIp = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown'
