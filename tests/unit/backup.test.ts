import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { backupSite } from '@/backup/backupSite'
import { parseManifest } from '@/backup/manifest'
import { RestoreRefused, restoreBackup } from '@/backup/restoreBackup'
import { holdDatabase, lockFileOf } from '@/backup/serverLock'
import { nextBackupAt, parseBackupTime, resolveBackupSettings } from '@/backup/settings'
import { summariseSqlite } from '@/backup/sqliteFile'
import { extractTarGz, writeTarGz } from '@/backup/tar'
import { createClient } from '@libsql/client'
import { resolveDatabase } from '@/config/database'
import { resolveMediaDir } from '@/config/mediaDir'
import {
  BACKUP_QUEUE,
  BACKUP_TASK,
  runScheduledBackup,
  scheduleNextBackup,
} from '@/jobs/backupDatabase'
import { getSeededTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { makeUser } from '../helpers/fixtures'
import { onMongo } from '../helpers/database'

let payload: Payload
let collections: string[]
const tmp = process.env.TEST_TMP_DIR as string
const databaseFile = () => (resolveDatabase() as { file: string }).file
let run = 0
const freshDir = (name: string) => {
  const dir = path.join(tmp, `${name}-${++run}`)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}
const sha = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const filesIn = (dir: string) =>
  fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).sort() : []

describe.runIf(onMongo)('backups on MongoDB', () => {
  it('say that they cover the embedded database only, and schedule nothing', async () => {
    process.env.BACKUP_SCHEDULE = '03:00'
    await expect(backupSite(collections)).rejects.toThrow(/SQLite database only.*mongodump/)
    expect(await scheduleNextBackup(payload, new Date())).toBeNull()
  })
})

beforeAll(async () => {
  payload = await getSeededTestPayload()
  collections = payload.config.collections.map((collection) => collection.slug)
})

beforeEach(() => {
  delete process.env.BACKUP_SCHEDULE
  delete process.env.BACKUP_KEEP
  process.env.BACKUP_DIR = freshDir('backups')
})

describe.skipIf(onMongo)('npm run backup / restore', () => {
  it('archives the database and every photo with a manifest that matches, and restores them', async () => {
    const before = await payload.count({ collection: 'services', overrideAccess: true })
    const result = await backupSite(collections)
    expect(path.basename(result.archive)).toMatch(
      /^ame-spa-backup-\d{4}-\d\d-\d\dT\d{6}Z\.tar\.gz$/,
    )

    const unpacked = freshDir('unpacked')
    const names = await extractTarGz(result.archive, unpacked)
    const manifest = parseManifest(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'))
    expect(manifest.counts.services).toBe(before.totalDocs)
    expect(manifest.counts.media).toBeGreaterThan(0)
    expect(manifest.app.name).toBe('ame-spa-jakarta')
    const media = filesIn(resolveMediaDir())
    expect(media.length).toBeGreaterThan(0)
    expect(names.filter((name) => name.startsWith('media/')).sort()).toEqual(
      media.map((file) => `media/${file}`),
    )
    for (const file of manifest.files) expect(sha(path.join(unpacked, file.path))).toBe(file.sha256)

    const target = freshDir('restored')
    const restored = await restoreBackup({
      archive: result.archive,
      databaseFile: path.join(target, 'site.db'),
      mediaDir: path.join(target, 'media'),
      force: false,
    })
    const summary = await summariseSqlite(path.join(target, 'site.db'), collections)
    expect(summary.integrity).toBe('ok')
    expect(summary.counts).toEqual(restored.counts)
    for (const file of media) {
      expect(sha(path.join(target, 'media', file))).toBe(sha(path.join(resolveMediaDir(), file)))
    }
  })

  it('refuses a damaged or truncated archive and writes nothing', async () => {
    const { archive } = await backupSite(collections)
    const bytes = fs.readFileSync(archive)
    const flipped = Buffer.from(bytes)
    flipped[Math.floor(bytes.length / 2)] ^= 0xff
    const damaged = {
      truncated: bytes.subarray(0, Math.floor(bytes.length * 0.6)),
      flipped,
      'not an archive': Buffer.from('hello'),
      // A valid gzip of a tar whose manifest lists a file that is not there.
      'checksum mismatch': await tamperedManifest(archive),
    }
    for (const [name, content] of Object.entries(damaged)) {
      const file = path.join(freshDir('damaged'), 'archive.tar.gz')
      fs.writeFileSync(file, content)
      const target = path.join(tmp, `never-${name.replace(/ /g, '-')}`)
      const attempt = restoreBackup({
        archive: file,
        databaseFile: path.join(target, 'site.db'),
        mediaDir: path.join(target, 'media'),
        force: false,
      })
      await expect(attempt, name).rejects.toThrow(RestoreRefused)
      await expect(attempt, name).rejects.toThrow(/damaged or incomplete.*Nothing was restored/)
      expect(fs.existsSync(target), name).toBe(false)
    }
  })

  it('will not overwrite a database or photos that exist without --force', async () => {
    const { archive } = await backupSite(collections)
    const target = freshDir('occupied')
    fs.writeFileSync(path.join(target, 'site.db'), 'existing data')
    const attempt = {
      archive,
      databaseFile: path.join(target, 'site.db'),
      mediaDir: path.join(target, 'media'),
    }
    await expect(restoreBackup({ ...attempt, force: false })).rejects.toThrow(/--force/)
    expect(fs.readFileSync(path.join(target, 'site.db'), 'utf8')).toBe('existing data')

    await restoreBackup({ ...attempt, force: true })
    expect((await summariseSqlite(attempt.databaseFile, collections)).integrity).toBe('ok')
  })

  it('refuses even with --force while a server uses the database, and says how to stop it (F8)', async () => {
    const { archive } = await backupSite(collections)
    const target = freshDir('in-use')
    const attempt = {
      archive,
      databaseFile: path.join(target, 'site.db'),
      mediaDir: path.join(target, 'media'),
      force: true,
    }
    fs.writeFileSync(attempt.databaseFile, 'the live database')
    // This test process stands in for the running server.
    holdDatabase(attempt.databaseFile)
    await expect(restoreBackup(attempt)).rejects.toThrow(
      new RegExp(`process ${process.pid}.*Stop it first.*kill ${process.pid}`),
    )
    expect(fs.readFileSync(attempt.databaseFile, 'utf8')).toBe('the live database')
    // A mark left by a server that has since stopped does not block.
    fs.writeFileSync(
      lockFileOf(attempt.databaseFile),
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: os.hostname(),
        startedAt: '2026-12-01T00:00:00Z',
      }),
    )
    await restoreBackup(attempt)
    expect((await summariseSqlite(attempt.databaseFile, collections)).integrity).toBe('ok')
  })
})

/**
 * The probe's forged archive (F21): the database changed, every checksum in the manifest
 * recomputed to match, re-packed — with the original signature, or with none.
 */
async function forgedArchive(archive: string, keepSignature: boolean): Promise<string> {
  const folder = freshDir('forge')
  const names = await extractTarGz(archive, folder)
  const database = path.join(folder, 'database.db')
  const db = createClient({ url: `file:${database}` })
  await db.execute("UPDATE users SET email = 'intruder@evil.example'")
  db.close()
  const files = names.filter((name) => name !== 'manifest.json' && name !== 'manifest.sig')
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as {
    files: { path: string; bytes: number; sha256: string }[]
  }
  const forged = path.join(freshDir('forged'), 'forged.tar.gz')
  await writeTarGz(
    forged,
    files.map((name) => ({ name, file: path.join(folder, name) })),
    (written) => {
      manifest.files = written
      fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2))
      return [
        { name: 'manifest.json', file: path.join(folder, 'manifest.json') },
        ...(keepSignature
          ? [{ name: 'manifest.sig', file: path.join(folder, 'manifest.sig') }]
          : []),
      ]
    },
  )
  return forged
}

describe.skipIf(onMongo)('signed archives (F21)', () => {
  it('refuse an archive changed after it was written, even with recomputed checksums', async () => {
    const { archive } = await backupSite(collections)
    for (const [name, keep] of [
      ['old signature', true],
      ['no signature', false],
    ] as const) {
      const forged = await forgedArchive(archive, keep)
      const target = path.join(tmp, `never-forged-${keep}`)
      const attempt = restoreBackup({
        archive: forged,
        databaseFile: path.join(target, 'site.db'),
        mediaDir: path.join(target, 'media'),
        force: false,
      })
      await expect(attempt, name).rejects.toThrow(keep ? /signature does not match/ : /not signed/)
      expect(fs.existsSync(path.join(target, 'site.db')), name).toBe(false)
    }
  })

  it('are checked with BACKUP_KEY when one is set', async () => {
    process.env.BACKUP_KEY = 'an-off-site-key-0f9c2e7d41b8a6355e0c9d2f'
    try {
      const { archive } = await backupSite(collections)
      const restoreTo = (dir: string) =>
        restoreBackup({
          archive,
          databaseFile: path.join(dir, 'site.db'),
          mediaDir: path.join(dir, 'media'),
          force: false,
        })
      await restoreTo(freshDir('same-key'))
      process.env.BACKUP_KEY = 'another-key-of-another-installation-00000'
      await expect(restoreTo(freshDir('other-key'))).rejects.toThrow(/signature does not match/)
    } finally {
      delete process.env.BACKUP_KEY
    }
  })
})

/** The real archive with one media checksum changed in its manifest, re-packed. */
async function tamperedManifest(archive: string): Promise<Buffer> {
  const tar = zlib.gunzipSync(fs.readFileSync(archive))
  const text = tar.toString('latin1')
  const at = text.indexOf('"sha256": "') + '"sha256": "'.length
  const copy = Buffer.from(tar)
  copy.write(copy[at] === 0x30 ? '1' : '0', at, 'latin1')
  return zlib.gzipSync(copy)
}

describe.skipIf(onMongo)('scheduled backups', () => {
  it('reads BACKUP_SCHEDULE as a time in Jakarta and finds the next run', () => {
    const at = parseBackupTime('03:30')
    // 02:00 WIB on 28 Nov is 19:00 UTC on 27 Nov: the run is 30 minutes away, 20:30 UTC.
    expect(nextBackupAt(new Date('2026-11-27T19:00:00Z'), at).toISOString()).toBe(
      '2026-11-27T20:30:00.000Z',
    )
    expect(nextBackupAt(new Date('2026-11-27T20:30:00Z'), at).toISOString()).toBe(
      '2026-11-28T20:30:00.000Z',
    )
    expect(() => parseBackupTime('25:00')).toThrow(/BACKUP_SCHEDULE.*HH:MM/)
    expect(() => resolveBackupSettings({ BACKUP_KEEP: '0' })).toThrow(/BACKUP_KEEP/)
    expect(resolveBackupSettings({}).schedule).toBeNull()
  })

  it('runs daily on an injected clock, keeps the newest BACKUP_KEEP archives and queues the next day', async () => {
    process.env.BACKUP_SCHEDULE = '03:00'
    process.env.BACKUP_KEEP = '2'
    const days = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']
    for (const day of days) {
      await runScheduledBackup(payload, new Date(`${day}T03:00:00+07:00`))
    }
    expect(fs.readdirSync(process.env.BACKUP_DIR as string).sort()).toEqual([
      'ame-spa-backup-2026-12-02T200000Z.tar.gz',
      'ame-spa-backup-2026-12-03T200000Z.tar.gz',
    ])
    const waiting = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: BACKUP_TASK }, completedAt: { exists: false } },
      overrideAccess: true,
    })
    expect(waiting.docs.map((job) => job.waitUntil)).toEqual(['2026-12-01T20:00:00.000Z'])
  })

  it('runs through the job queue; a failure is logged and shown to admins, not to editors', async () => {
    process.env.BACKUP_SCHEDULE = '03:00'
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: BACKUP_TASK } },
      overrideAccess: true,
    })
    await payload.jobs.queue({ task: BACKUP_TASK, queue: BACKUP_QUEUE, input: {} })
    await payload.jobs.run({ queue: BACKUP_QUEUE })
    expect(fs.readdirSync(process.env.BACKUP_DIR as string)).toHaveLength(1)

    // A backup folder that cannot be created: the job fails (after its retry) and says why.
    const blocker = path.join(freshDir('blocked'), 'file')
    fs.writeFileSync(blocker, '')
    process.env.BACKUP_DIR = path.join(blocker, 'backups')
    const failing = await payload.jobs.queue({ task: BACKUP_TASK, queue: BACKUP_QUEUE, input: {} })
    for (let attempt = 0; attempt < 3; attempt++) await payload.jobs.run({ queue: BACKUP_QUEUE })
    const failed = await payload.findByID({
      collection: 'payload-jobs',
      id: failing.id,
      overrideAccess: true,
    })
    expect(failed.hasError).toBe(true)
    expect(JSON.stringify(failed.log)).toMatch(/ENOTDIR|not a directory/)

    const admin = await makeUser(payload, ['admin'])
    const editor = await makeUser(payload, ['editor'])
    const asAdmin = await rest(`/payload-jobs/${failing.id}`, { token: admin.token })
    expect(asAdmin.status).toBe(200)
    const asEditor = await rest(`/payload-jobs/${failing.id}`, { token: editor.token })
    expect(asEditor.status).toBe(403)
  })
})
