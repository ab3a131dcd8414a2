import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const payloadBin = path.resolve('node_modules/.bin/payload')

function payloadCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(payloadBin, args, {
    env: {
      ...process.env,
      NODE_OPTIONS: '--conditions=production',
      PAYLOAD_LOG_LEVEL: 'error',
      ...env,
    },
    encoding: 'utf8',
    timeout: 120_000,
  })
}

/** Regenerates a committed file and compares; the committed version is always restored. */
function regenerated(file: string, args: string[]): { before: string; after: string } {
  const before = fs.readFileSync(file, 'utf8')
  try {
    const result = payloadCli(args)
    expect(result.status, result.stderr).toBe(0)
    return { before, after: fs.readFileSync(file, 'utf8') }
  } finally {
    fs.writeFileSync(file, before)
  }
}

describe('generated files are committed up to date', () => {
  it('src/payload-types.ts matches the schema (run `npm run generate:types`)', () => {
    const { before, after } = regenerated('src/payload-types.ts', ['generate:types'])
    expect(after).toBe(before)
  })

  it('the admin import map matches the config (run `npm run generate:importmap`)', () => {
    const { before, after } = regenerated('src/app/(payload)/admin/importMap.js', [
      'generate:importmap',
    ])
    expect(after).toBe(before)
  })

  it('the SQLite migrations cover the schema (run `npm run migrate:create`)', () => {
    const dir = fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? '/tmp', 'migrations-'))
    fs.cpSync('src/migrations', dir, { recursive: true })
    const before = fs.readdirSync(dir).sort()
    const result = payloadCli(['migrate:create', 'schema-check', '--skip-empty'], {
      PAYLOAD_MIGRATION_DIR: dir,
      // The committed migrations are SQLite's, whichever database the suite runs on.
      DATABASE_URI: `file:${path.join(dir, 'schema.db')}`,
    })
    expect(result.status, result.stderr).toBe(0)
    expect(fs.readdirSync(dir).sort()).toEqual(before)
  })
})
