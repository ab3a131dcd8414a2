import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError } from './errors'

type Env = Record<string, string | undefined>

const MIN_LENGTH = 32

/** Where development keeps its generated secret; `data/` is git-ignored. */
export const devSecretFile = () => path.resolve(process.cwd(), 'data', '.payload-secret')

export function resolveSecret(env: Env = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) {
    if (env.NODE_ENV === 'production' && fromEnv.length < MIN_LENGTH) {
      throw new ConfigError(
        `PAYLOAD_SECRET is too short (${fromEnv.length} characters). Use at least ${MIN_LENGTH}, e.g. the output of: openssl rand -hex 32`,
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
