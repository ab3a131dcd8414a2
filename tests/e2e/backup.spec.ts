import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { expect, test, type APIRequestContext } from './fixtures'
import { E2E_RESTORED_PORT } from '../../scripts/e2e-ports.mjs'
import { adminToken, auth, findBySlug } from './helpers'

const RESTORED_PORT = E2E_RESTORED_PORT

type Run = { code: number | null; stdout: string; stderr: string }

function npm(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', ...args], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const sha = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** A Tuesday 7–13 days ahead (open 10:00–21:00 in the seeded hours). */
function nextTuesday(): string {
  for (let days = 7; days < 14; days += 1) {
    const date = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000)
    if (date.getUTCDay() === 2) return date.toISOString().slice(0, 10)
  }
  throw new Error('unreachable')
}

/**
 * A copy of the app that shares the build but not its page cache, so the restored server renders
 * from the restored database rather than serving pages the running test server cached.
 */
function shadowApp(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-spa-restored-app-'))
  for (const entry of fs.readdirSync('.')) {
    if (['.next', 'data', 'test-results', '.git'].includes(entry)) continue
    fs.symlinkSync(path.resolve(entry), path.join(root, entry))
  }
  fs.mkdirSync(path.join(root, '.next'))
  for (const entry of fs.readdirSync('.next')) {
    const from = path.resolve('.next', entry)
    if (['cache', 'dev', 'trace', 'types'].includes(entry)) continue
    if (entry === 'static') fs.symlinkSync(from, path.join(root, '.next', entry))
    else {
      fs.cpSync(from, path.join(root, '.next', entry), {
        recursive: true,
        filter: (source) => !source.includes(`${path.sep}route-cache`),
      })
    }
  }
  return root
}

async function waitForHealth(url: string, server: ChildProcess) {
  for (let tries = 0; tries < 120; tries++) {
    if (server.exitCode !== null) throw new Error(`the restored server exited (${server.exitCode})`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the restored server did not start within 60 s')
}

async function keepWriting(
  request: APIRequestContext,
  token: string,
  stop: () => boolean,
  acknowledged: { id: string; at: number }[],
) {
  const service = await findBySlug(request, 'services', 'deep-tissue-massage')
  // Mostly service edits: each booking request also queues two emails, and a long queue would
  // hold up the booking tests' own emails.
  for (let i = 0; !stop(); i++) {
    const edited = await request.patch(`/api/services/${service.id}?depth=0`, {
      data: { sortOrder: service.sortOrder },
      headers: auth(token),
    })
    expect(edited.status()).toBe(200)
    if (i % 4 !== 0) continue
    const created = await request.post('/api/inquiries', {
      data: {
        name: `Backup load ${i}`,
        phone: '+6281200000000',
        preferredDate: nextTuesday(),
        preferredTime: '12:00',
      },
      // One trusted proxy: every write comes from a different visitor, under the booking limit.
      headers: { 'X-Forwarded-For': `198.51.${Math.floor(i / 200)}.${i % 200}` },
    })
    expect(created.status()).toBe(201)
    const body = (await created.json()) as { doc: { id: string } }
    acknowledged.push({ id: body.doc.id, at: Date.now() })
  }
  return acknowledged
}

test('a backup taken while the site takes writes restores into a site that works', async ({
  request,
  server: e2eServer,
}) => {
  test.setTimeout(240_000)
  const E2E_DATA = e2eServer.dataDir
  const token = await adminToken(request)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-spa-backup-e2e-'))
  const production = {
    NODE_ENV: 'production' as const,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  }

  let writing = true
  const acknowledgedSoFar: { id: string; at: number }[] = []
  const writes = keepWriting(request, token, () => !writing, acknowledgedSoFar)
  // The backup starts once the site has acknowledged a booking (on a busy machine that takes
  // longer than any fixed pause).
  await expect.poll(() => acknowledgedSoFar.length, { timeout: 60_000 }).toBeGreaterThan(0)
  const backupStarted = Date.now()
  const backup = await npm(['backup'], {
    ...production,
    DATABASE_URI: `file:${path.join(E2E_DATA, 'e2e.db')}`,
    MEDIA_DIR: path.join(E2E_DATA, 'media'),
    BACKUP_DIR: path.join(work, 'backups'),
  })
  writing = false
  const acknowledged = await writes
  expect(backup.code, backup.stderr).toBe(0)
  const archive = backup.stdout.trim().split('\n').at(-1) as string
  expect(fs.existsSync(archive)).toBe(true)
  const before = acknowledged.filter((write) => write.at < backupStarted)
  expect(before.length).toBeGreaterThan(0)
  expect(acknowledged.length).toBeGreaterThan(before.length) // writes went on during the backup

  const restoredDb = path.join(work, 'restored', 'site.db')
  const restoredMedia = path.join(work, 'restored', 'media')
  const target = { ...production, DATABASE_URI: `file:${restoredDb}`, MEDIA_DIR: restoredMedia }
  const restore = await npm(['restore', '--', archive], target)
  expect(restore.code, restore.stderr).toBe(0)
  expect(restore.stdout).not.toContain('differs')
  const again = await npm(['restore', '--', archive], target)
  expect(again.code).toBe(1)
  expect(again.stderr).toContain('--force')

  const db = createClient({ url: `file:${restoredDb}` })
  try {
    expect((await db.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok')
    const ids = new Set((await db.execute('SELECT id FROM inquiries')).rows.map((row) => row.id))
    expect(before.filter((write) => !ids.has(write.id))).toEqual([])
  } finally {
    db.close()
  }
  const originalMedia = fs.readdirSync(path.join(E2E_DATA, 'media'))
  expect(fs.readdirSync(restoredMedia).sort()).toEqual([...originalMedia].sort())
  for (const file of originalMedia) {
    expect(sha(path.join(restoredMedia, file)), file).toBe(sha(path.join(E2E_DATA, 'media', file)))
  }

  const app = shadowApp()
  const base = `http://127.0.0.1:${RESTORED_PORT}`
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(RESTORED_PORT)],
    {
      cwd: app,
      env: {
        ...process.env,
        ...target,
        NEXT_PUBLIC_SERVER_URL: base,
        PAYLOAD_JOBS_AUTORUN: 'false',
      },
      stdio: 'ignore',
    },
  )
  try {
    await waitForHealth(`${base}/api/health`, server)
    for (const [address, text, lang] of [
      ['/en/services/deep-tissue-massage', 'Deep Tissue Massage', 'en'],
      ['/id/layanan/pijat-deep-tissue', 'Pijat Deep Tissue', 'id'],
    ]) {
      const response = await fetch(`${base}${address}`)
      expect(response.status, address).toBe(200)
      const html = await response.text()
      expect(html, address).toContain(`<html lang="${lang}"`)
      expect(html, address).toContain(text)
    }
    const photo = await fetch(`${base}/api/media/file/${originalMedia[0]}`)
    expect(photo.status).toBe(200)
  } finally {
    server.kill('SIGTERM')
    fs.rmSync(app, { recursive: true, force: true })
    fs.rmSync(work, { recursive: true, force: true })
  }
})
