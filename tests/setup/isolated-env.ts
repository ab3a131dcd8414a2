import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, inject } from 'vitest'
import { TEST_MONGODB_URI, dropMongoDatabase, mongoUriWithDatabase } from '../helpers/database'
import { SCHEMA_READY, copyTemplate } from '../helpers/templates'

/**
 * Every test file runs against its own empty database and media folder: a temp SQLite file (a
 * copy of the run's schema template, tests/setup/templates.ts), or with TEST_MONGODB_URI a fresh
 * MongoDB database that is dropped when the file is done.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-spa-test-'))
const mongo = TEST_MONGODB_URI
if (mongo) {
  const database = `ame_spa_test_${crypto.randomBytes(6).toString('hex')}`
  process.env.DATABASE_URI = mongoUriWithDatabase(mongo, database)
  afterAll(() => dropMongoDatabase(mongo, database))
} else {
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
}
process.env.MEDIA_DIR = path.join(dir, 'media')
const templates = inject('testTemplates')
if (!mongo && templates) {
  copyTemplate(templates, 'empty')
  process.env[SCHEMA_READY] = 'true'
}
process.env.PAYLOAD_SECRET = crypto.randomBytes(24).toString('hex')
process.env.PAYLOAD_AUTO_SEED = 'false'
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.TEST_TMP_DIR = dir
process.env.PAYLOAD_LOG_LEVEL ??= 'silent'
