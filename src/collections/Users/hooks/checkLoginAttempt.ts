import crypto from 'node:crypto'
import { promisify } from 'node:util'
import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'
import { clientAddressOf } from '@/security/clientAddress'
import { minutesToWait } from '@/security/rateLimit'
import { createSharedRateLimiter } from '@/security/sharedRateLimit'
import { TooManyRequests } from '@/security/tooManyRequests'
import { say } from '@/admin/adminLanguage'

export const FAILED_LOGINS_PER_WINDOW = Number(process.env.LOGIN_RATE_LIMIT ?? 10)
const WINDOW_MS = 15 * 60 * 1000
const failures = createSharedRateLimiter('failed-logins', {
  limit: FAILED_LOGINS_PER_WINDOW,
  windowMs: WINDOW_MS,
})

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload's password hashes: "pbkdf2-sha256-v1:<hex>" (600,000 rounds, 32 bytes), or older plain
// hex (25,000 rounds, 512 bytes).
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const hashParameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { expected: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { expected: hash, iterations: 25_000, keyLength: 512 }
// Hashed against when the address has no account, so that answer takes as long as a wrong password.
const STAND_IN = { salt: 'no-such-account', hash: `${CURRENT_PREFIX}${'0'.repeat(64)}` }

async function passwordMatches(password: string, salt: string, hash: string): Promise<boolean> {
  const { expected, iterations, keyLength } = hashParameters(hash)
  const derived = await pbkdf2(password, salt, iterations, keyLength, 'sha256')
  const stored = Buffer.from(expected, 'hex')
  return stored.length === derived.length && crypto.timingSafeEqual(stored, derived)
}

type Credentials = { email?: unknown; password?: unknown }

/**
 * Checks the password before Payload does, so that every wrong attempt looks the same from
 * outside: one answer ("The email or password provided is incorrect."), the same hashing work
 * whether or not the account exists, and no account lockout that a stranger could trigger against
 * the admin. Instead, failed attempts are limited per client address. A correct password goes on
 * to Payload's own login.
 */
export const checkLoginAttempt: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const fromServerCode = req.payloadAPI === 'local'
  const address = clientAddressOf(req.headers)
  const { email, password } = ((args as { data?: Credentials }).data ?? {}) as Credentials
  // Payload names missing fields itself.
  const complete = typeof email === 'string' && typeof password === 'string' && email && password
  // The attempt is counted before the password is hashed, atomically (in memory, or in Redis for
  // every instance): a burst of simultaneous guesses finds the limit already spent instead of all
  // passing a check made before any of them failed. A correct password gives its attempt back.
  const decision =
    fromServerCode || !complete ? { allowed: true as const } : await failures.take(address)
  if (!decision.allowed) {
    const minutes = minutesToWait(decision.retryAfterMs)
    const english = minutes === 1 ? '1 minute' : `${minutes} minutes`
    throw new TooManyRequests(
      say(req, {
        en: `Too many failed sign-in attempts from this connection. Try again in ${english}.`,
        id: `Terlalu banyak percobaan masuk yang gagal dari koneksi ini. Coba lagi dalam ${minutes} menit.`,
      }),
      minutes,
    )
  }
  if (!complete) return args
  const account = await req.payload.db.findOne<{ id: string; hash?: string; salt?: string }>({
    collection: 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  const stored =
    typeof account?.hash === 'string' && typeof account.salt === 'string'
      ? { salt: account.salt, hash: account.hash }
      : null
  const { salt, hash } = stored ?? STAND_IN
  const matches = await passwordMatches(password, salt, hash)
  if (stored && matches) {
    if (!fromServerCode) await failures.giveBack(address)
    return args
  }
  throw new AuthenticationError(req.t)
}
