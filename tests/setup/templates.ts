/**
 * Vitest global setup: two SQLite database templates made once per run instead of once per test
 * file — the pushed schema (every file starts from a copy) and the seeded site (files that need
 * the catalogue copy it instead of seeding, ~8 s each). Kept in node_modules/.cache between runs
 * while the code, the lock file and Jakarta's date (the seed dates promotions from today) are the
 * same, so `npm run test:quick` does not pay for them again. Not used on MongoDB.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { jakartaToday } from '@/utilities/jakartaTime'
import { TEMPLATE_NAMES, type TemplateName } from '../helpers/templates'

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: string | null
  }
}

const CACHE = path.resolve('node_modules/.cache/ame-spa/test-templates')
const INPUTS = ['src', 'payload.config.ts', 'package-lock.json', 'tests/setup']

function filesUnder(entry: string): string[] {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return (fs.readdirSync(entry, { recursive: true }) as string[])
    .map((name) => path.join(entry, name))
    .filter((file) => fs.statSync(file).isFile())
}

function templateKey(): string {
  const hash = crypto.createHash('sha256').update(jakartaToday(new Date()).isoDate)
  for (const file of INPUTS.flatMap(filesUnder).sort()) {
    hash.update(file).update(fs.readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

function make(folder: string, name: TemplateName): Promise<void> {
  fs.mkdirSync(path.join(folder, 'media'), { recursive: true })
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'tests/setup/make-template.ts'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URI: `file:${path.join(folder, 'test.db')}`,
          MEDIA_DIR: path.join(folder, 'media'),
          PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
          PAYLOAD_AUTO_SEED: 'false',
          PAYLOAD_JOBS_AUTORUN: 'false',
          PAYLOAD_LOG_LEVEL: 'silent',
          TEMPLATE_SEEDED: String(name === 'seeded'),
        },
      },
    )
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Making the ${name} test database failed (exit ${code}):\n${output}`)),
    )
  })
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_MONGODB_URI?.trim()) {
    project.provide('testTemplates', null)
    return
  }
  const key = templateKey()
  const ready = path.join(CACHE, key)
  if (!fs.existsSync(ready)) {
    const started = Date.now()
    const building = `${ready}.${process.pid}.tmp`
    fs.rmSync(building, { recursive: true, force: true })
    await Promise.all(TEMPLATE_NAMES.map((name) => make(path.join(building, name), name)))
    try {
      fs.renameSync(building, ready)
    } catch {
      // Another run made the same templates meanwhile; theirs are as good.
      fs.rmSync(building, { recursive: true, force: true })
    }
    const hourAgo = Date.now() - 3_600_000
    for (const old of fs.readdirSync(CACHE)) {
      const where = path.join(CACHE, old)
      // Another run's half-made templates are left alone unless that run died long ago.
      if (old === key || (old.endsWith('.tmp') && fs.statSync(where).mtimeMs > hourAgo)) continue
      fs.rmSync(where, { recursive: true, force: true })
    }
    console.log(`Test database templates made in ${Math.round((Date.now() - started) / 1000)} s`)
  }
  project.provide('testTemplates', ready)
}
