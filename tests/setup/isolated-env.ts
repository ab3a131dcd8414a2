import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Every test file runs against its own empty SQLite file and media folder. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-spa-test-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = crypto.randomBytes(24).toString('hex')
process.env.PAYLOAD_AUTO_SEED = 'false'
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.TEST_TMP_DIR = dir
process.env.PAYLOAD_LOG_LEVEL ??= 'silent'
