// `npm run test:quick [-- <git ref>]`: the inner loop. Format and types of the whole project, and
// the unit and integration tests that import a changed file (vitest's module graph), against the
// working tree's uncommitted changes or against <git ref> (e.g. `npm run test:quick -- main`).
// No build, no browser. `npm test` remains the full check CI runs.
import { spawn } from 'node:child_process'

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

const oks = await Promise.all([
  run('Format', bin('prettier'), ['--check', '.', '--log-level', 'warn']),
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
