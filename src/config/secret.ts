import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError } from './errors'

type Env = Record<string, string | undefined>

const MIN_LENGTH = 32

/** Where development keeps its generated secret; `data/` is git-ignored. */
export const devSecretFile = () => path.resolve(process.cwd(), 'data', '.payload-secret')

const MIN_BITS = 128
// Values people copy from examples and templates.
const EXAMPLES = [
  'changeme',
  'change-me',
  'replaceme',
  'replace-me',
  'yoursecret',
  'your-secret',
  'your_secret',
  'secret-here',
  'secret_here',
  'example',
  'placeholder',
]

/** Bits of randomness a string shows: its length times the Shannon entropy of its characters. */
export function estimatedBits(value: string): number {
  const counts = new Map<string, number>()
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1)
  const length = [...value].length
  let perChar = 0
  for (const count of counts.values()) perChar -= (count / length) * Math.log2(count / length)
  return perChar * length
}

/** Why a secret is too weak to sign staff logins with, or null when it is not. */
export function secretWeakness(secret: string): string | null {
  const lower = secret.toLowerCase()
  if (EXAMPLES.some((example) => lower.includes(example))) return 'is an example value'
  if (/^(.{1,12}?)\1+$/s.test(secret)) return 'repeats a short pattern'
  const bits = estimatedBits(secret)
  if (bits < MIN_BITS) {
    return `looks guessable (about ${Math.floor(bits)} bits of randomness; at least ${MIN_BITS} needed)`
  }
  return null
}

export function resolveSecret(env: Env = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) {
    if (env.NODE_ENV === 'production' && fromEnv.length < MIN_LENGTH) {
      throw new ConfigError(
        `PAYLOAD_SECRET is too short (${fromEnv.length} characters). Use at least ${MIN_LENGTH}, e.g. the output of: openssl rand -hex 32`,
      )
    }
    const weakness = env.NODE_ENV === 'production' ? secretWeakness(fromEnv) : null
    if (weakness) {
      throw new ConfigError(
        `PAYLOAD_SECRET ${weakness}: anyone who guesses it can sign in as any member of staff. Set a random one, e.g. PAYLOAD_SECRET=$(openssl rand -hex 32)`,
      )
    }
    return fromEnv
  }

  // `next build` signs nothing; the real secret is checked again when the server starts.
  if (env.NEXT_PHASE === 'phase-production-build')
    return 'build-time-placeholder-never-used-to-sign'

  if (env.NODE_ENV === 'production') {
    throw new ConfigError(
      'PAYLOAD_SECRET is not set. Production needs a long random secret to sign logins: set PAYLOAD_SECRET=$(openssl rand -hex 32) in the environment.',
    )
  }

  const file = devSecretFile()
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored) return stored
  }
  const generated = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 })
  return generated
}
