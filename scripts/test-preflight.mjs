// What `npm test` needs before it builds anything, checked in seconds. Each problem is one line
// with the fix, so a missing browser or a busy port costs seconds rather than a build.
import { spawnSync } from 'node:child_process'
import net from 'node:net'
import { findBrowser, findJava, INSTALL_HELP } from './find-browser.mjs'
import { E2E_BASE_PORT, e2ePorts } from './e2e-ports.mjs'
import { composeCommand } from './compose-cli.mjs'

/** Resolves true when nothing listens on 127.0.0.1:port. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** Resolves true when a TCP connection to host:port opens within `ms`. */
function answers(host, port, ms) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(ms, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

/** The first host:port of a MongoDB URI (a replica set's seed list has several). */
export function mongoSeed(uri) {
  const hosts = /^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^/?]+)/.exec(uri)?.[1]
  const [host, port] = (hosts ?? '').split(',')[0].split(':')
  return host ? { host, port: Number(port || 27017), srv: uri.startsWith('mongodb+srv:') } : null
}

/** Problems that stop the run, each a line (or a few) saying what to do; [] when all is well. */
export async function preflight(env = process.env) {
  const problems = []
  const browser = findBrowser(env)
  if (browser.error) problems.push(`${browser.error}\n${INSTALL_HELP}`)
  else if (!findJava()) {
    problems.push(
      `No Java found: the browser tests run the Nu HTML checker with it.\n${INSTALL_HELP}`,
    )
  } else console.log(`Browser tests will use ${browser.path} (${browser.source}).`)

  // The scale-out test runs the production layout: nginx in front, Redis between the instances.
  for (const [command, fix] of [
    ['nginx', 'apt-get install -y nginx'],
    ['redis-server', 'apt-get install -y redis-server'],
  ]) {
    if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
      problems.push(`${command} is not installed; the scale-out browser test needs it: ${fix}`)
    }
  }

  if (!composeCommand()) {
    problems.push(
      'Neither `docker compose` nor `docker-compose` is installed; the deployment test checks ' +
        'docker-compose.yml with it (no engine needed): apt-get install -y docker-compose',
    )
  }

  const busy = []
  for (const port of e2ePorts()) if (!(await portIsFree(port))) busy.push(port)
  if (busy.length > 0) {
    problems.push(
      `${busy.length > 1 ? 'Ports' : 'Port'} ${busy.join(', ')} on 127.0.0.1 ${busy.length > 1 ? 'are' : 'is'} in use; the browser tests start their servers on ` +
        `${e2ePorts().join(', ')}. Stop what listens there (\`ss -ltnp | grep ${busy[0]}\`), or ` +
        `move the tests: E2E_PORT=${E2E_BASE_PORT + 1000} npm test`,
    )
  }

  const mongo = env.TEST_MONGODB_URI?.trim()
  if (mongo) {
    const seed = mongoSeed(mongo)
    if (!seed) problems.push(`TEST_MONGODB_URI is not a mongodb:// address: ${mongo}`)
    else if (!seed.srv && !(await answers(seed.host, seed.port, 3000))) {
      problems.push(
        `TEST_MONGODB_URI: nothing answers at ${seed.host}:${seed.port} within 3 s. Start it ` +
          '(`docker compose up -d mongo`), or unset TEST_MONGODB_URI to test on SQLite.',
      )
    }
  }
  return problems
}
