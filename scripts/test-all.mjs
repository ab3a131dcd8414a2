// `npm test`: everything CI checks, in order. Prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const results = { passed: 0, failed: 0 }
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
  const { passed, failed } = read(JSON.parse(fs.readFileSync(file, 'utf8')))
  results.passed += passed
  results.failed += failed
  return true
}

function finish(ok) {
  console.log(`\n${results.passed} passed, ${results.failed} failed`)
  process.exit(ok && results.failed === 0 ? 0 : 1)
}

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
}))
if (!unitOk) finish(false)

if (!step('Production build', bin('next'), ['build', '--webpack'])) finish(false)

const e2eOk = step('End to end (Playwright, Debian chromium)', bin('playwright'), ['test'])
count('test-results/e2e.json', (report) => ({
  passed: report.stats.expected,
  failed: report.stats.unexpected + report.stats.flaky,
}))
finish(e2eOk)
