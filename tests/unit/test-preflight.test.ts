import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { findBrowser } from '../../scripts/find-browser.mjs'

describe('npm test without a browser', () => {
  it('stops before any build with the command to install one', () => {
    const run = spawnSync('node', ['scripts/test-all.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
      // Were the check missing, this would start the whole suite: cut it short.
      timeout: 15_000,
    })
    expect(run.signal).toBeNull()
    expect(run.status).toBe(1)
    expect(run.stdout).not.toContain('=== Format')
    expect(run.stderr).toContain('CHROMIUM_PATH=/nonexistent/chromium is not an executable file.')
    expect(run.stderr).toContain('sudo apt-get install -y chromium')
    expect(run.stderr).toContain('npx playwright install chromium')
  })

  it('uses CHROMIUM_PATH when it names an executable', () => {
    expect(findBrowser({ ...process.env, CHROMIUM_PATH: process.execPath })).toEqual({
      path: process.execPath,
      source: 'CHROMIUM_PATH',
    })
  })
})
