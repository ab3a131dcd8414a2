// `npm run test:quick [-- <git ref>]`: the inner loop. Format of the changed files, types of the
// whole project, and the unit and integration tests that import a changed file (vitest's module
// graph), against the working tree's uncommitted changes or against <git ref> (e.g.
// `npm run test:quick -- main`). No build, no browser. `npm test` remains the full check CI runs.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'

const since = process.argv[2]
const started = Date.now()
const bin = (name) => `node_modules/.bin/${name}`

function run(title, command, args) {
  const begun = Date.now()
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => {
      console.log(
        `\n=== ${title}: ${code === 0 ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - begun) / 1000)}s`,
      )
      process.stdout.write(output)
      resolve(code === 0)
    })
  })
}

/**
 * The files changed since <ref> or uncommitted, untracked ones included; null when git cannot say
 * (then the whole tree is checked). Checking only these leaves the CPU to the tests.
 */
function changedFiles() {
  try {
    const git = (...args) =>
      execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(Boolean)
    const files = new Set([
      ...git('diff', '--name-only', since ?? 'HEAD'),
      ...git('ls-files', '--others', '--exclude-standard'),
    ])
    return [...files].filter((file) => fs.existsSync(file))
  } catch {
    return null
  }
}

const changed = changedFiles()
const formatArgs =
  changed === null ? ['.'] : changed.length > 0 ? ['--ignore-unknown', ...changed] : null

const oks = await Promise.all([
  formatArgs
    ? run(
        `Format (${changed === null ? 'all files' : `${changed.length} changed`})`,
        bin('prettier'),
        ['--check', '--log-level', 'warn', ...formatArgs],
      )
    : true,
  run('Types', bin('tsc'), [
    '--noEmit',
    '--incremental',
    '--tsBuildInfoFile',
    'node_modules/.cache/ame-spa/tsbuildinfo',
  ]),
  run('Affected tests (vitest --changed)', bin('vitest'), [
    'run',
    since ? `--changed=${since}` : '--changed',
    '--passWithNoTests',
  ]),
])
const ok = oks.every(Boolean)
console.log(`\ntest:quick ${ok ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)}s`)
process.exit(ok ? 0 : 1)
