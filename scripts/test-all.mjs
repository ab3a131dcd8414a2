// `npm test`: everything CI checks. Prints the time of each stage and one closing line
// "N passed, N failed".
//
// 1. Preflight (seconds): browser, Java, free ports, a reachable TEST_MONGODB_URI.
// 2. Two lanes side by side, so both cores stay busy: format, types, then the unit and
//    integration tests; and the production build (which skips its own type check: tsc has it),
//    then the browser tests against it, one production server per Playwright worker.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { preflight } from './test-preflight.mjs'

// This project keeps Next.js telemetry off (package.json scripts do the same for dev/build/start).
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const results = { passed: 0, failed: 0, skipped: 0 }
const stages = []
const mongoLine = process.env.TEST_MONGODB_URI
  ? "MongoDB suite: the integration tests run on TEST_MONGODB_URI's server."
  : 'MongoDB suite skipped: set TEST_MONGODB_URI to run it'
const bin = (name) => `node_modules/.bin/${name}`
const seconds = (since) => Math.round((Date.now() - since) / 1000)
const LOGS = 'test-results/logs'

/**
 * Runs one step. Steps run beside others, so each writes to a log file that is printed whole when
 * the step ends: outputs never interleave.
 */
/** Steps run in process groups of their own, stopped with the run (Ctrl-C stops them all). */
const groups = new Set()
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const pid of groups) {
      try {
        process.kill(-pid, signal)
      } catch {
        // already gone
      }
    }
    process.exit(130)
  })
}

function step(title, command, args, env = {}) {
  const started = Date.now()
  const log = `${LOGS}/${title.toLowerCase().replace(/\W+/g, '-').replace(/-$/, '')}.log`
  console.log(`=== ${title}: ${command} ${args.join(' ')} (log: ${log})`)
  return new Promise((resolve) => {
    const out = fs.openSync(log, 'w')
    const child = spawn(command, args, {
      stdio: ['ignore', out, out],
      env: { ...process.env, ...env },
      detached: true,
    })
    groups.add(child.pid)
    child.on('close', (code) => {
      groups.delete(child.pid)
      const ok = code === 0
      fs.closeSync(out)
      console.log(`\n--- ${title} output ---`)
      process.stdout.write(fs.readFileSync(log, 'utf8'))
      stages.push({ title, seconds: seconds(started), ok })
      console.log(`=== ${title}: ${ok ? 'ok' : 'FAILED'} in ${seconds(started)}s`)
      resolve(ok)
    })
  })
}

function count(file, read) {
  if (!fs.existsSync(file)) return
  const { passed, failed, skipped } = read(JSON.parse(fs.readFileSync(file, 'utf8')))
  results.passed += passed
  results.failed += failed
  results.skipped += skipped
}

function finish(ok) {
  console.log('\nStage times (two lanes side by side: format → types → vitest, build → browser):')
  for (const stage of stages) {
    console.log(
      `  ${stage.ok ? 'ok    ' : 'FAILED'} ${String(stage.seconds).padStart(4)} s  ${stage.title}`,
    )
  }
  console.log(`  total  ${String(seconds(runStarted)).padStart(4)} s`)
  const failures = failedNames()
  if (failures.length > 0)
    console.log(`\nFailed:\n${failures.map((name) => `  ${name}`).join('\n')}`)
  // Skipped tests (the other database's) are named, never counted as passed.
  const skipped = results.skipped ? `, ${results.skipped} skipped` : ''
  console.log(`\n${mongoLine}`)
  console.log(`${results.passed} passed, ${results.failed} failed${skipped}`)
  process.exit(ok && results.failed === 0 ? 0 : 1)
}

const runStarted = Date.now()
const problems = await preflight()
if (problems.length > 0) {
  for (const problem of problems) console.error(problem)
  process.exit(1)
}
console.log(mongoLine)

fs.rmSync('test-results', { recursive: true, force: true })
fs.mkdirSync(LOGS, { recursive: true })

// Two lanes side by side, each keeping about one core busy: the checks, then the integration
// tests one file at a time; and the build, then the browser tests. (A lower priority for the
// first lane starved it: the browser tests can hold both cores for minutes.)
// The browser tests' database: what a first production start makes (migrations, then the seed),
// made once while the app builds; each test server starts from a copy of it.
const E2E_TEMPLATE_DIR = 'test-results/e2e-template'
const firstStart = (async () => {
  fs.mkdirSync(E2E_TEMPLATE_DIR, { recursive: true })
  const dir = path.resolve(E2E_TEMPLATE_DIR)
  return step(
    'First start (browser tests database)',
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'scripts/first-start.ts'],
    {
      NODE_ENV: 'production',
      DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      PAGE_CACHE_DIR: path.join(dir, 'next-cache'),
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      PAYLOAD_JOBS_AUTORUN: 'false',
    },
  )
})()

const checksThenUnit = async () => {
  const started = await firstStart
  const formatted = await step('Format', bin('prettier'), ['--check', '.'])
  const typed = await step('Types', bin('tsc'), ['--noEmit'])
  // One file at a time: the other core is the build's, then the browser tests'. (Measured: two
  // vitest workers slowed the build by ~70 s; a lower priority for vitest while the browser
  // tests ran did not shorten them, and left vitest finishing last.)
  const unit = await step('Unit and integration (vitest)', bin('vitest'), [
    'run',
    '--maxWorkers=1',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
  ])
  return started && formatted && typed && unit
}

const buildThenBrowser = async () => {
  const built = await step('Production build', bin('next'), ['build', '--webpack'], {
    BUILD_TYPES_CHECKED_BY_TSC: '1',
  })
  const template = await firstStart
  if (!built) return false
  return step('End to end (Playwright)', bin('playwright'), ['test'], {
    // Without the template each server seeds its own database, as a first start does.
    ...(template ? { E2E_TEMPLATE_DIR: path.resolve(E2E_TEMPLATE_DIR) } : {}),
  })
}

/** The failed tests by name, so the last lines of a long log say what broke. */
function failedNames() {
  const names = []
  if (fs.existsSync('test-results/unit.json')) {
    const report = JSON.parse(fs.readFileSync('test-results/unit.json', 'utf8'))
    for (const file of report.testResults) {
      for (const test of file.assertionResults) {
        if (test.status === 'failed') names.push(`vitest: ${test.fullName}`)
      }
      if (file.status === 'failed' && file.assertionResults.length === 0) {
        names.push(`vitest: ${path.relative('.', file.name)} (did not load)`)
      }
    }
  }
  if (fs.existsSync('test-results/e2e.json')) {
    const walk = (suite) => {
      for (const child of suite.suites ?? []) walk(child)
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests) {
          if (test.status === 'unexpected' || test.status === 'flaky') {
            const retried = test.status === 'flaky' ? ' (passed only on its retry)' : ''
            names.push(`browser: ${spec.file} › ${spec.title}${retried}`)
          }
        }
      }
    }
    walk(JSON.parse(fs.readFileSync('test-results/e2e.json', 'utf8')))
  }
  return names
}

const [checksOk, builtOk] = await Promise.all([checksThenUnit(), buildThenBrowser()])
count('test-results/unit.json', (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
  skipped: report.numPendingTests + report.numTodoTests,
}))
count('test-results/e2e.json', (report) => ({
  passed: report.stats.expected,
  failed: report.stats.unexpected + report.stats.flaky,
  skipped: report.stats.skipped,
}))
finish(checksOk && builtOk)
