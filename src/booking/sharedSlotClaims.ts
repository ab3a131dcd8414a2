import crypto from 'node:crypto'
import { DatabaseBusyError } from '@/config/writeGate'
import { redisKey, sharedRedis } from '@/scale/redis'
import type { HeldSession } from './slots'
import type { Claim } from './slotClaims'

const CLAIM_TTL_MS = 60_000
const LOCK_MS = 10_000
const claimsOf = (date: string) => redisKey(`slot-claims:${date}`)
const lockOf = (date: string) => redisKey(`slot-day:${date}`)
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs the check and claim for one day while no other instance does the same for that day: with
 * several instances, "no await between check and claim" (slotClaims.ts) holds within one process
 * only. A lock in Redis per day, held for the read, the check and the claim (tens of ms), and
 * given up at once; a lock left by a crashed instance lapses after 10 s. With Redis away the
 * check runs unlocked, as one instance does (and the log says so).
 */
export async function withDayLock<T>(date: string, work: () => Promise<T>): Promise<T> {
  const redis = sharedRedis()
  if (!redis) return work()
  const token = crypto.randomBytes(8).toString('hex')
  const started = Date.now()
  let held = false
  try {
    for (let attempt = 0; attempt < 200 && !held; attempt += 1) {
      held = (await redis.set(lockOf(date), token, 'PX', LOCK_MS, 'NX')) === 'OK'
      if (!held) await sleep(10 + Math.random() * 20)
    }
  } catch (error) {
    console.error(`Booking check for ${date} without the shared lock: ${(error as Error).message}`)
    return work()
  }
  // Answered as 503 "busy, nothing was saved" (src/api/unavailable.ts), like a busy database.
  if (!held) throw new DatabaseBusyError(Date.now() - started)
  try {
    return await work()
  } finally {
    await redis.eval(RELEASE, 1, lockOf(date), token).catch(() => 0)
  }
}

/**
 * Claims on `date` by any instance, not yet among the stored requests (`storedIds`); null without
 * Redis (then this process's own claims are what there is).
 */
export async function sharedPending(
  date: string,
  storedIds: ReadonlySet<string>,
  now: Date,
): Promise<HeldSession[] | null> {
  const redis = sharedRedis()
  if (!redis) return null
  let all: Record<string, string>
  try {
    all = await redis.hgetall(claimsOf(date))
  } catch {
    return null
  }
  const oldest = now.getTime() - CLAIM_TTL_MS
  const pending: HeldSession[] = []
  const done: string[] = []
  for (const [token, text] of Object.entries(all)) {
    const claim = JSON.parse(text) as Claim
    if (claim.at < oldest || (claim.id && storedIds.has(claim.id))) done.push(token)
    else pending.push(claim)
  }
  if (done.length) await redis.hdel(claimsOf(date), ...done).catch(() => 0)
  return pending
}

/**
 * Records a claim for every instance and returns its token, under `withDayLock`; null when Redis
 * cannot take it (the caller keeps the claim in this process).
 */
export async function shareClaim(session: HeldSession, now: Date): Promise<string | null> {
  const redis = sharedRedis()
  if (!redis) return null
  const token = `${now.getTime()}-${crypto.randomBytes(6).toString('hex')}`
  const claim: Claim = { ...session, token, at: now.getTime() }
  try {
    await redis
      .multi()
      .hset(claimsOf(session.date), token, JSON.stringify(claim))
      .pexpire(claimsOf(session.date), 24 * 60 * 60 * 1000)
      .exec()
    return token
  } catch {
    return null
  }
}

/** Names the stored request of a claim, so a check that sees it does not count it twice. */
export async function settleSharedClaim(date: string, token: string, id: string): Promise<void> {
  const redis = sharedRedis()
  if (!redis) return
  try {
    const text = await redis.hget(claimsOf(date), token)
    if (!text) return
    await redis.hset(claimsOf(date), token, JSON.stringify({ ...(JSON.parse(text) as Claim), id }))
  } catch {
    // The claim lapses after a minute; the stored request holds the slot itself by then.
  }
}
