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
    timeout: 240_000,
  })
}

const tmp = (prefix: string) =>
  fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? '/tmp', prefix))

describe('generated files are committed up to date', () => {
  // Written beside the committed file, never over it: the production build may be reading it.
  it('src/payload-types.ts matches the schema (run `npm run generate:types`)', () => {
    const output = path.join(tmp('types-'), 'payload-types.ts')
    const result = payloadCli(['generate:types'], { PAYLOAD_TS_OUTPUT_PATH: output })
    expect(result.status, result.stderr).toBe(0)
    expect(fs.readFileSync(output, 'utf8')).toBe(fs.readFileSync('src/payload-types.ts', 'utf8'))
  })

  it('the admin import map matches the config (run `npm run generate:importmap`)', () => {
    // Payload writes the import map only when it differs; a difference is put back at once.
    const file = 'src/app/(payload)/admin/importMap.js'
    const before = fs.readFileSync(file, 'utf8')
    const result = payloadCli(['generate:importmap'])
    const after = fs.readFileSync(file, 'utf8')
    if (after !== before) fs.writeFileSync(file, before)
    expect(result.status, result.stderr).toBe(0)
    expect(after).toBe(before)
  })

  it('the SQLite migrations cover the schema (run `npm run migrate:create`)', () => {
    const dir = tmp('migrations-')
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
