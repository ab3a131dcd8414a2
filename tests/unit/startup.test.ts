import crypto from 'node:crypto'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { onMongo } from '../helpers/database'

const fixture = path.resolve('tests/fixtures/production-start.ts')
const tmp = () => fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? '/tmp', 'start-'))

function start(env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', fixture],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PAYLOAD_LOG_LEVEL: 'error',
        NODE_ENV: 'production',
        ...env,
      },
      encoding: 'utf8',
      timeout: 180_000,
    },
  )
  return result
}

describe('production start', () => {
  // On SQLite, the production server of every browser-test worker is this start: committed
  // migrations on an empty file, then the seed (tests/e2e/production-start.spec.ts checks it).

  it.runIf(onMongo)(
    'starts on an empty MongoDB database and seeds it (no SQLite migrations)',
    () => {
      const result = start({
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        DATABASE_URI: process.env.DATABASE_URI ?? '',
        MEDIA_DIR: path.join(tmp(), 'media'),
        PAYLOAD_AUTO_SEED: 'true',
      })
      expect(result.status, result.stderr).toBe(0)
      const report = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as {
        migrations: string[]
        services: number
      }
      expect(report.migrations).toEqual([])
      expect(report.services).toBeGreaterThanOrEqual(6)
    },
  )

  it('refuses to start with a guessable PAYLOAD_SECRET and says how to make one', () => {
    const result = start({
      PAYLOAD_SECRET: 'a'.repeat(36),
      DATABASE_URI: `file:${path.join(tmp(), 'x.db')}`,
    })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/PAYLOAD_SECRET repeats a short pattern.*openssl rand -hex 32/)
  })

  it('refuses to start without PAYLOAD_SECRET and says how to fix it', () => {
    const dir = tmp()
    const result = start({ DATABASE_URI: `file:${path.join(dir, 'x.db')}` })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/PAYLOAD_SECRET is not set.*openssl rand -hex 32/)
  })

  it('fails within seconds when MongoDB is not there, naming the host and the fix', () => {
    const result = start({
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      DATABASE_URI: 'mongodb://127.0.0.1:9/ame-spa',
    })
    expect(result.status).not.toBe(0)
    expect(result.stderr + result.stdout).toMatch(/Cannot reach MongoDB at 127\.0\.0\.1:9/)
    expect(result.stderr + result.stdout).toMatch(/docker compose up -d mongo/)
    // Measured by the process from the moment it starts Payload, so a busy machine loading the
    // code slowly does not count: the driver gives up after its 5 s server selection.
    const gaveUpAfter = Number(/gave up after (\d+) ms/.exec(result.stderr)?.[1])
    expect(gaveUpAfter).toBeGreaterThan(0)
    expect(gaveUpAfter).toBeLessThan(15_000)
  })
})
