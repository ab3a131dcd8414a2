import type { HeldSession } from './slots'

/**
 * Sessions being stored right now. Checking that a slot is free and storing the request are two
 * steps with a database round trip between them; two guests asking for the last slot at the same
 * moment would both pass the check. Each request that passes claims its session here before it
 * is stored, and the next check counts the claims as held, so only one of them gets the slot.
 *
 * A claim lasts until the stored request is visible to the next check (its id is then found
 * among the held sessions) or, if storing failed, until it expires: an unconfirmed claim holds a
 * slot for at most `ttlMs`, never less safely than too long. This is one process's store; with
 * several instances (REDIS_URL) the claims live in Redis instead (sharedSlotClaims.ts).
 */
export type Claim = HeldSession & { token: string; at: number; id?: string }

export class SlotClaims {
  private claims = new Map<string, Claim>()

  constructor(private readonly ttlMs = 60_000) {}

  /** Claims `session` for a request being stored; returns the token to settle it with. */
  claim(session: HeldSession, now: Date): string {
    const token = `${now.getTime()}-${Math.random().toString(36).slice(2)}`
    this.claims.set(token, { ...session, token, at: now.getTime() })
    return token
  }

  /** Names the stored request, so that a check that already sees it does not count it twice. */
  settle(token: string, id: string): void {
    const claim = this.claims.get(token)
    if (claim) claim.id = id
  }

  /** Forgets a claim whose request was refused. */
  release(token: string): void {
    this.claims.delete(token)
  }

  /** Claims on `date` not yet among the stored sessions (named by `storedIds`). */
  pending(date: string, storedIds: ReadonlySet<string>, now: Date): HeldSession[] {
    const oldest = now.getTime() - this.ttlMs
    const pending: HeldSession[] = []
    for (const [token, claim] of this.claims) {
      if (claim.at < oldest || (claim.id && storedIds.has(claim.id))) {
        this.claims.delete(token)
        continue
      }
      if (claim.date === date) pending.push(claim)
    }
    return pending
  }
}
