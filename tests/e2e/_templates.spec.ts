/**
 * Every public page template, in both languages, at a desktop (1280 px), a common phone (390 px)
 * and a small phone (320 px): one test per width, on one load of the page per language (the
 * layout is CSS alone, so a resize shows what a fresh load at that width shows). Requests, the
 * Content-Security-Policy and fonts are watched from the first byte of that load.
 *
 * The leading underscore puts this file first: its many short, busy tests keep every worker
 * occupied while the later files' waits (job runner, backups) overlap.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type BrowserContext, type Page } from './fixtures'
import { LIVE_PAGE_PAIRS, overflow, PAGE_PAIRS, watchRequests } from './helpers'

// Read-only checks: spread over the workers.
test.describe.configure({ mode: 'parallel' })

const LOCALES = ['en', 'id'] as const

/** Header and booking-bar controls smaller than 44 × 44 px. */
async function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.site-header a, .site-header summary, .booking-bar a')]
      .filter((element) => {
        const box = element.getBoundingClientRect()
        return box.width > 0 && (box.height < 44 || box.width < 44)
      })
      .map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.trim()}"`),
  )
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // Violations are all the test reads; axe then skips describing every passing node.
    .options({ resultTypes: ['violations'] })
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
}

/** What a phone visitor relies on: it fits, the controls are big enough, booking is one tap. */
async function expectPhoneLayout(page: Page, where: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  expect(await overflow(page), `${where}: wider than the screen`).toEqual([])
  expect(await smallTargets(page), `${where}: tap targets under 44 px`).toEqual([])
  const bar = page.getByTestId('booking-bar')
  await expect(bar, where).toBeVisible()
  await expect(bar.getByRole('link')).toHaveCount(2)
  // The header stays on screen while reading.
  await page.mouse.wheel(0, 2000)
  await expect(page.locator('.site-header'), where).toBeInViewport()
}

for (const pair of [...PAGE_PAIRS, ...LIVE_PAGE_PAIRS]) {
  // One browser tab per template, as a visitor switching language would use.
  test.describe.serial(pair.name, () => {
    let context: BrowserContext
    let page: Page
    let watcher: Awaited<ReturnType<typeof watchRequests>>

    test.beforeAll(async ({ browser, server }) => {
      context = await browser.newContext({ baseURL: server.baseURL })
      page = await context.newPage()
      watcher = await watchRequests(page, server.baseURL)
    })
    test.afterAll(async () => context?.close())

    for (const locale of LOCALES) {
      const path = pair[locale]

      test(`${path} at 1280 px: its language, one heading, no axe or CSP violations, nothing from another host`, async () => {
        const where = `${path} at 1280 px`
        await page.setViewportSize({ width: 1280, height: 800 })
        const response = await page.goto(path, { waitUntil: 'networkidle' })
        expect(response?.status(), where).toBe(pair.name === '404' ? 404 : 200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
        await expect(page.getByRole('main')).toBeVisible()
        await expect(page.getByTestId('language-switcher')).toHaveAttribute(
          'hreflang',
          locale === 'en' ? 'id' : 'en',
        )
        expect(await watcher.violations(), `${where}: CSP violations`).toEqual([])
        expect(await axeViolations(page), where).toEqual([])
        const fontBytes = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => /\.woff2$/.test(entry.name))
            .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
        )
        expect(fontBytes, `${where}: web fonts (bytes)`).toBeLessThanOrEqual(60 * 1024)
        expect(watcher.foreign, where).toEqual([])
        // Self-hosted brand fonts load (from this origin, as checked above).
        expect(watcher.fonts.length, where).toBeGreaterThan(0)
      })

      test(`${path} at 390 px: no axe violations, fits, booking one tap away`, async () => {
        const where = `${path} at 390 px`
        await page.setViewportSize({ width: 390, height: 740 })
        expect(await axeViolations(page), where).toEqual([])
        // WCAG 2.5.3: the home link's name contains the words it shows ("Ame Spa Jakarta").
        const brand = page.locator('.site-header__brand')
        const shown = ((await brand.locator('.logo').textContent()) ?? '').replace(/\s+/g, ' ')
        expect(shown.trim(), where).toBe('Ame Spa Jakarta')
        await expect(brand, where).toHaveAccessibleName(/^Ame Spa Jakarta \((home|beranda)\)$/)
        expect(await brand.getAttribute('aria-label'), where).toBeNull()
        await expectPhoneLayout(page, where)
      })

      test(`${path} at 320 px: fits, booking one tap away`, async () => {
        await page.setViewportSize({ width: 320, height: 740 })
        await expectPhoneLayout(page, `${path} at 320 px`)
      })
    }
  })
}
