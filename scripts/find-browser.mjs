// Finds the Chromium the browser tests drive, in this order: CHROMIUM_PATH, a browser that
// Playwright manages (`npx playwright install chromium`), then the system's Chromium or Chrome.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

const isExecutable = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

function playwrightManaged() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core')
    const file = chromium.executablePath()
    return file && isExecutable(file) ? file : null
  } catch {
    return null
  }
}

/**
 * `{ path, source }` of the browser to use, `managed: true` when Playwright should launch its own
 * (no executablePath), or `{ error }` with what to install.
 */
export function findBrowser(env = process.env) {
  if (env.CHROMIUM_PATH) {
    return isExecutable(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
      : { error: `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file.` }
  }
  const managed = playwrightManaged()
  if (managed) return { path: managed, source: 'Playwright', managed: true }
  const system = SYSTEM_BROWSERS.find(isExecutable)
  if (system) return { path: system, source: 'system' }
  return { error: 'No Chromium or Chrome found for the browser tests.' }
}

/** Java runs the Nu HTML checker in the browser tests. */
export function findJava() {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export const INSTALL_HELP = [
  'Install one, then run `npm test` again:',
  '  Debian/Ubuntu: sudo apt-get install -y chromium default-jre-headless',
  '  macOS:         brew install --cask chromium && brew install openjdk',
  '  any system:    npx playwright install chromium   (a browser that Playwright manages)',
  '  or point CHROMIUM_PATH at an existing Chromium/Chrome executable.',
].join('\n')
