// `npm run test:mongo`: the integration suite on the MongoDB server named by TEST_MONGODB_URI
// (a fresh database per test file), then a production start on an empty MongoDB database that
// must seed itself and serve pages in both languages. Starts no database itself.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MongoClient } from 'mongodb'

const uri = process.env.TEST_MONGODB_URI?.trim()
const HOW = `Start one and point the suite at it, e.g.:
  docker compose up -d mongo
  TEST_MONGODB_URI='mongodb://127.0.0.1:27017/?replicaSet=rs0&directConnection=true' npm run test:mongo`

if (!uri) {
  console.error(`TEST_MONGODB_URI is not set: this runs the suite on a MongoDB server.\n${HOW}`)
  process.exit(1)
}

async function reachable() {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 })
  try {
    await client.connect()
    await client.db('admin').command({ ping: 1 })
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await client.close()
  }
}

const unreachable = await reachable()
if (unreachable) {
  console.error(`Cannot reach MongoDB at TEST_MONGODB_URI within 5 s: ${unreachable}\n${HOW}`)
  process.exit(1)
}

const results = { passed: 0, failed: 0, skipped: 0 }
fs.mkdirSync('test-results', { recursive: true })
console.log('\n=== Integration suite on MongoDB (vitest)')
const suite = spawnSync(
  'node_modules/.bin/vitest',
  ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/mongo.json'],
  { stdio: 'inherit', env: { ...process.env, TEST_MONGODB_URI: uri } },
)
if (fs.existsSync('test-results/mongo.json')) {
  const report = JSON.parse(fs.readFileSync('test-results/mongo.json', 'utf8'))
  results.passed += report.numPassedTests
  results.failed += report.numFailedTests
  results.skipped += report.numPendingTests + report.numTodoTests
}

/** The production build on an empty MongoDB database: it must seed and serve both languages. */
async function productionStart() {
  if (!fs.existsSync('.next/BUILD_ID')) {
    console.error('No production build: run `npm run build` first for the production-start check.')
    return false
  }
  const database = `ame_spa_start_${crypto.randomBytes(6).toString('hex')}`
  const url = new URL(uri)
  url.pathname = `/${database}`
  const port = process.env.MONGO_START_PORT ?? '3188'
  const base = `http://127.0.0.1:${port}`
  const media = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-spa-mongo-media-'))
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: url.toString(),
      MEDIA_DIR: media,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      NEXT_PUBLIC_SERVER_URL: base,
      PAYLOAD_AUTO_SEED: 'true',
    },
  })
  try {
    let healthy = false
    for (let tries = 0; tries < 240 && !healthy; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      healthy = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    }
    if (!healthy) throw new Error('the server did not become healthy within 120 s')
    for (const [address, lang] of [
      ['/en', 'en'],
      ['/id', 'id'],
      ['/en/services/deep-tissue-massage', 'en'],
      ['/id/layanan/pijat-deep-tissue', 'id'],
    ]) {
      const response = await fetch(`${base}${address}`)
      const html = await response.text()
      if (response.status !== 200 || !html.includes(`<html lang="${lang}"`)) {
        throw new Error(`${address} answered ${response.status}`)
      }
      console.log(`  ✓ ${address} 200, lang=${lang}`)
    }
    return true
  } catch (error) {
    console.error(
      `  ✗ production start on MongoDB: ${error instanceof Error ? error.message : error}`,
    )
    return false
  } finally {
    server.kill('SIGTERM')
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 })
    await client.connect().then(
      () => client.db(database).dropDatabase(),
      () => undefined,
    )
    await client.close()
    fs.rmSync(media, { recursive: true, force: true })
  }
}

console.log(
  '\n=== Production start on an empty MongoDB database (seed, then pages in both languages)',
)
if (await productionStart()) results.passed += 1
else results.failed += 1

const skipped = results.skipped ? `, ${results.skipped} skipped` : ''
console.log(`\nOn MongoDB: ${results.passed} passed, ${results.failed} failed${skipped}`)
process.exit(suite.status === 0 && results.failed === 0 ? 0 : 1)
