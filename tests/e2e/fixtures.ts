/**
 * Each Playwright worker gets its own production server, on its own port, fresh SQLite file,
 * media folder and SMTP sink, so spec files run in parallel without sharing state (rate limits,
 * edited content, emails). `npm run build` must have run first; `npm test` does both.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { test as base } from '@playwright/test'
import { e2ePort } from '../../scripts/e2e-ports.mjs'

export type E2EServer = {
  baseURL: string
  port: number
  /** The server's data folder: e2e.db, media/ and mail/ (every email the SMTP sink received). */
  dataDir: string
  /** Everything the server and its job runner printed so far (stdout and stderr). */
  log: () => string
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The e2e server exited with ${child.exitCode}:\n${output()}`)
    }
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The e2e server did not answer ${url} within 180 s:\n${output()}`)
}

export const test = base.extend<
  { mailDir: string; serverLogOnFailure: void },
  { server: E2EServer }
>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const port = e2ePort(workerInfo.parallelIndex)
      const dataDir = path.resolve(`data/e2e-${workerInfo.parallelIndex}`)
      const child = spawn(process.execPath, ['scripts/e2e-server.mjs'], {
        env: { ...process.env, E2E_PORT: String(port), E2E_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      // Kept whole for the specs that read it (no guest's details in the log) and for the failure
      // message; the server's own log is noise while tests pass.
      let log = ''
      const keep = (chunk: Buffer) => {
        log += chunk.toString()
      }
      child.stdout?.on('data', keep)
      child.stderr?.on('data', keep)
      const baseURL = `http://127.0.0.1:${port}`
      await waitForHealth(`${baseURL}/api/health`, child, () => log.slice(-20_000))
      await use({ baseURL, port, dataDir, log: () => log })
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    },
    { scope: 'worker', timeout: 200_000 },
  ],
  baseURL: async ({ server }, use) => use(server.baseURL),
  mailDir: async ({ server }, use) => use(path.join(server.dataDir, 'mail')),
  // A failed test shows what its server printed meanwhile: a retry runs on a new server, so this
  // is the only trace of what went wrong there (an error, a write that waited).
  serverLogOnFailure: [
    async ({ server }, use, testInfo) => {
      const from = server.log().length
      await use()
      if (testInfo.status === testInfo.expectedStatus) return
      const during = server.log().slice(from)
      await testInfo.attach('server log', { body: during, contentType: 'text/plain' })
      console.error(`--- server log during "${testInfo.title}" ---\n${during.slice(-6_000)}`)
    },
    { auto: true },
  ],
})

export { expect } from '@playwright/test'
export type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test'
