// `npm test`: everything CI checks, in order. Prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { findBrowser, findJava, INSTALL_HELP } from './find-browser.mjs'

const results = { passed: 0, failed: 0, skipped: 0 }
const mongoLine = process.env.TEST_MONGODB_URI
  ? "MongoDB suite: the integration tests run on TEST_MONGODB_URI's server."
  : 'MongoDB suite skipped: set TEST_MONGODB_URI to run it'
const bin = (name) => `node_modules/.bin/${name}`

function step(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(
    `=== ${title}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)}s`,
  )
  return run.status === 0
}

function count(file, read) {
  if (!fs.existsSync(file)) return false
  const { passed, failed, skipped } = read(JSON.parse(fs.readFileSync(file, 'utf8')))
  results.passed += passed
  results.failed += failed
  results.skipped += skipped
  return true
}

function finish(ok) {
  // Skipped tests (the other database's) are named, never counted as passed.
  const skipped = results.skipped ? `, ${results.skipped} skipped` : ''
  console.log(`\n${mongoLine}`)
  console.log(`${results.passed} passed, ${results.failed} failed${skipped}`)
  process.exit(ok && results.failed === 0 ? 0 : 1)
}

// The browser tests come last; say at once, not after the build, when they cannot run here.
const browser = findBrowser()
if (browser.error || !findJava()) {
  console.error(
    browser.error ?? 'No Java found: the browser tests run the Nu HTML checker with it.',
  )
  console.error(INSTALL_HELP)
  process.exit(1)
}
console.log(`Browser tests will use ${browser.path} (${browser.source}).`)
console.log(mongoLine)

fs.rmSync('test-results', { recursive: true, force: true })
fs.mkdirSync('test-results', { recursive: true })

if (!step('Format', bin('prettier'), ['--check', '.'])) finish(false)
if (!step('Types', bin('tsc'), ['--noEmit'])) finish(false)

const unitOk = step('Unit and integration (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
])
count('test-results/unit.json', (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
  skipped: report.numPendingTests + report.numTodoTests,
}))
if (!unitOk) finish(false)

if (!step('Production build', bin('next'), ['build', '--webpack'])) finish(false)

const e2eOk = step('End to end (Playwright, Debian chromium)', bin('playwright'), ['test'])
count('test-results/e2e.json', (report) => ({
  passed: report.stats.expected,
  failed: report.stats.unexpected + report.stats.flaky,
  skipped: report.stats.skipped,
}))
finish(e2eOk)
