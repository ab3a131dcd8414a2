type Entry = { count: number; resetAt: number }

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number }

type Options = {
  /** Attempts allowed per key and window. */
  limit: number
  windowMs: number
  /** Keys kept in memory at most; a flood of new keys never releases a blocked one early. */
  maxKeys?: number
}

/**
 * A fixed-window counter per key (a client address, say), kept in this server's memory. Keys that
 * reached the limit stay blocked until their window ends, whatever else happens: when the table
 * is full, expired keys go first, then the oldest keys that are not blocked, and if every key
 * left is blocked a new key is refused rather than forgetting one. Several app instances share
 * their counts through Redis instead (sharedRateLimit.ts), falling back to this.
 */
export function createRateLimiter({ limit, windowMs, maxKeys = 50_000 }: Options) {
  // Insertion order is age order: the first entries are the oldest.
  const open = new Map<string, Entry>()
  const blocked = new Map<string, Entry>()

  // Windows start when a key is first seen, so the oldest entries expire first: stop at the first
  // live one instead of scanning the whole table on every new key.
  const forgetExpired = (table: Map<string, Entry>, now: number) => {
    for (const [key, entry] of table) {
      if (entry.resetAt > now) return
      table.delete(key)
    }
  }

  const makeRoom = (now: number): boolean => {
    if (open.size + blocked.size < maxKeys) return true
    forgetExpired(blocked, now)
    forgetExpired(open, now)
    while (open.size + blocked.size >= maxKeys && open.size > 0) {
      const oldest = open.keys().next().value as string
      open.delete(oldest)
    }
    return open.size + blocked.size < maxKeys
  }

  return {
    /** Counts one attempt by `key` and says whether it may go ahead. */
    take(key: string, now = Date.now()): RateDecision {
      const stillBlocked = blocked.get(key)
      if (stillBlocked) {
        if (stillBlocked.resetAt > now)
          return { allowed: false, retryAfterMs: stillBlocked.resetAt - now }
        blocked.delete(key)
      }
      let entry = open.get(key)
      if (entry && entry.resetAt <= now) {
        open.delete(key)
        entry = undefined
      }
      if (!entry) {
        if (!makeRoom(now)) return { allowed: false, retryAfterMs: windowMs }
        entry = { count: 0, resetAt: now + windowMs }
        open.set(key, entry)
      }
      entry.count += 1
      if (entry.count >= limit) {
        open.delete(key)
        blocked.set(key, entry)
      }
      return entry.count <= limit
        ? { allowed: true }
        : { allowed: false, retryAfterMs: entry.resetAt - now }
    },
    /**
     * Gives back one attempt `key` took, for an attempt that turned out fine (a correct
     * password): counting before the slow check is what keeps a burst from slipping past.
     */
    giveBack(key: string, now = Date.now()): void {
      const entry = open.get(key) ?? blocked.get(key)
      if (!entry || entry.resetAt <= now || entry.count === 0) return
      entry.count -= 1
      if (entry.count < limit && blocked.delete(key)) open.set(key, entry)
    },
    /** Keys currently held (for tests and monitoring). */
    size: () => open.size + blocked.size,
    /** How long `key` must still wait, in ms (0 when it may go ahead). Counts nothing. */
    blockedFor(key: string, now = Date.now()): number {
      const entry = blocked.get(key)
      return entry && entry.resetAt > now && entry.count >= limit ? entry.resetAt - now : 0
    },
    isBlocked(key: string, now = Date.now()): boolean {
      return this.blockedFor(key, now) > 0
    },
  }
}

/** Whole minutes to wait, at least one, for a message such as "try again in 4 minutes". */
export const minutesToWait = (retryAfterMs: number): number =>
  Math.max(1, Math.ceil(retryAfterMs / 60_000))
