import { defineConfig, devices } from '@playwright/test'
import { findBrowser } from './scripts/find-browser.mjs'
import { E2E_WORKERS } from './scripts/e2e-ports.mjs'

const browser = findBrowser()

export default defineConfig({
  testDir: 'tests/e2e',
  // Spec files run side by side, each worker against its own production server and database
  // (tests/e2e/fixtures.ts); the tests in one file run in order unless the file says otherwise.
  fullyParallel: false,
  workers: E2E_WORKERS,
  // A failed test runs once more, recording a trace (test-results/e2e-artifacts): recording one
  // for every test cost ~24% of the browser tests' CPU (measured 4 Dec, 124 tests: 231 -> 175
  // CPU-s). A test that passes only on its retry is still counted as failed by `npm test`.
  retries: 1,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Its own folder: Playwright empties it at start, and test-results/ holds the other stages' logs.
  outputDir: 'test-results/e2e-artifacts',
  use: {
    trace: 'on-first-retry',
    // A click or fill still waiting after this is a failure, not a reason to use up the test's time.
    actionTimeout: 30_000,
    launchOptions: {
      // Playwright launches a browser it manages itself; any other is named.
      executablePath: browser.managed ? undefined : browser.path,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
})
