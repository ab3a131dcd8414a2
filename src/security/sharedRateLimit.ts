import { redisKey, sharedRedis } from '@/scale/redis'
import { createRateLimiter, type RateDecision } from './rateLimit'

type Options = { limit: number; windowMs: number }

// One round trip, atomic: two instances counting the same key at the same moment both see the
// other's attempt. The window starts with the first attempt, as in the in-memory limiter.
const COUNT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`
const GIVE_BACK = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
return count`

/**
 * A fixed-window limit per key that every app instance shares through Redis (REDIS_URL), so two
 * instances behind nginx do not double it. Without Redis, or while it is away, each instance
 * counts in its own memory (`createRateLimiter`): a limit that holds per instance beats refusing
 * every visitor.
 */
export function createSharedRateLimiter(name: string, { limit, windowMs }: Options) {
  const local = createRateLimiter({ limit, windowMs })
  const keyOf = (key: string) => redisKey(`limit:${name}:${key}`)
  return {
    async take(key: string): Promise<RateDecision> {
      const redis = sharedRedis()
      if (!redis) return local.take(key)
      try {
        const [count, ttl] = (await redis.eval(COUNT, 1, keyOf(key), String(windowMs))) as [
          number,
          number,
        ]
        return count <= limit ? { allowed: true } : { allowed: false, retryAfterMs: ttl }
      } catch {
        return local.take(key)
      }
    },
    async giveBack(key: string): Promise<void> {
      const redis = sharedRedis()
      if (!redis) return local.giveBack(key)
      try {
        await redis.eval(GIVE_BACK, 1, keyOf(key))
      } catch {
        local.giveBack(key)
      }
    },
  }
}
