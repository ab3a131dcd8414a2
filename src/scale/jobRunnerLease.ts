import os from 'node:os'
import crypto from 'node:crypto'
import { redisKey, sharedRedis } from './redis'

/** Who this process is, in the lease. */
const INSTANCE = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`
/** A runner that stops renewing (killed, hung) hands over after this long. */
export const LEASE_MS = Number(process.env.JOB_RUNNER_LEASE_MS ?? 30_000)

// Renew our own lease, or take a free one; never take another instance's live lease.
const TAKE_OR_RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`

let warned = false

/**
 * Whether this instance runs the scheduled jobs (promotion start and end, scheduled publishing,
 * emails, backups, retention) on this tick. Payload's runner marks a job as taken before running
 * it, but between instances that is a find followed by an update, not one atomic claim; with
 * several instances (REDIS_URL) one holds a lease in Redis and runs them all, and another takes
 * over within LEASE_MS when it stops. With Redis away nobody runs them: jobs wait rather than
 * risk an email or a backup twice. One instance without Redis always runs them.
 */
export async function holdsJobRunnerLease(): Promise<boolean> {
  const redis = sharedRedis()
  if (!redis) return true
  try {
    const held =
      (await redis.eval(TAKE_OR_RENEW, 1, redisKey('job-runner'), INSTANCE, LEASE_MS)) === 1
    warned = false
    return held
  } catch (error) {
    if (!warned)
      console.error(
        `Jobs wait: Redis is needed to pick the one instance that runs them (${(error as Error).message}).`,
      )
    warned = true
    return false
  }
}
