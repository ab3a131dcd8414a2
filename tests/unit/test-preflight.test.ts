import { spawnSync } from 'node:child_process'
import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { findBrowser } from '../../scripts/find-browser.mjs'
import { mongoSeed } from '../../scripts/test-preflight.mjs'

/**
 * `npm test` with `env`, cut short: were a check missing, it would start the whole suite. The
 * bound is generous because `npm test` runs these tests beside the build at a lower priority.
 */
const npmTest = (env: Record<string, string>) =>
  spawnSync('node', ['scripts/test-all.mjs'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })

/** It ended by itself, with a failure, before the first stage. */
function expectStoppedBeforeAnyStage(run: ReturnType<typeof npmTest>) {
  expect(run.signal).toBeNull()
  expect(run.status).toBe(1)
  expect(run.stdout).not.toContain('=== Format')
}

describe('npm test stops in seconds, before any build, saying what to do', () => {
  it('without a browser: the command to install one', () => {
    const run = npmTest({ CHROMIUM_PATH: '/nonexistent/chromium' })
    expectStoppedBeforeAnyStage(run)
    expect(run.stderr).toContain('CHROMIUM_PATH=/nonexistent/chromium is not an executable file.')
    expect(run.stderr).toContain('sudo apt-get install -y chromium')
    expect(run.stderr).toContain('npx playwright install chromium')
  })

  it('when a browser-test port is taken: which one, and how to move the tests', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const { port } = blocker.address() as net.AddressInfo
    try {
      const run = npmTest({ E2E_PORT: String(port) })
      expectStoppedBeforeAnyStage(run)
      // Named among the taken ones (another of the tests' ports may happen to be taken too).
      expect(run.stderr).toMatch(
        new RegExp(`Ports? (?:\\d+, )*${port}(?:, \\d+)* on 127\\.0\\.0\\.1 (?:is|are) in use`),
      )
      expect(run.stderr).toMatch(/E2E_PORT=\d+ npm test/)
    } finally {
      blocker.close()
    }
  })

  it('when TEST_MONGODB_URI does not answer: where, and how to start it', () => {
    const run = npmTest({ TEST_MONGODB_URI: 'mongodb://127.0.0.1:9/?replicaSet=rs0' })
    expectStoppedBeforeAnyStage(run)
    expect(run.stderr).toContain('nothing answers at 127.0.0.1:9')
    expect(run.stderr).toContain('docker compose up -d mongo')
  })
})

describe('preflight helpers', () => {
  it('uses CHROMIUM_PATH when it names an executable', () => {
    expect(findBrowser({ ...process.env, CHROMIUM_PATH: process.execPath })).toEqual({
      path: process.execPath,
      source: 'CHROMIUM_PATH',
    })
  })

  it('reads the first seed host of a MongoDB address', () => {
    expect(mongoSeed('mongodb://a.example:27018,b.example/db?replicaSet=rs0')).toMatchObject({
      host: 'a.example',
      port: 27018,
    })
    expect(mongoSeed('mongodb://user:pw@127.0.0.1/db')).toMatchObject({
      host: '127.0.0.1',
      port: 27017,
    })
    expect(mongoSeed('postgres://x')).toBeNull()
  })
})
