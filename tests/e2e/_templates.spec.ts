/**
 * Every public page template, in both languages, at a small phone (320 px), a common phone
 * (390 px) and a desktop (1280 px). Each page is opened once per width and everything that width
 * must hold is checked on that load: language and structure, fit and tap targets, the booking
 * bar, accessibility (axe), the Content-Security-Policy and requests to other hosts.
 *
 * The leading underscore puts this file first: its many short, busy tests keep every worker
 * occupied while the later files' waits (job runner, backups) overlap.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from './fixtures'
import { overflow, PAGE_PAIRS, watchRequests } from './helpers'

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

async function phone(browser: Browser, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 740 } })
  return { context, page: await context.newPage() }
}

/** What a phone visitor relies on: it fits, the controls are big enough, booking is one tap. */
async function expectPhoneLayout(page: Page, where: string) {
  expect(await overflow(page), `${where}: wider than the screen`).toEqual([])
  expect(await smallTargets(page), `${where}: tap targets under 44 px`).toEqual([])
  const bar = page.getByTestId('booking-bar')
  await expect(bar, where).toBeVisible()
  await expect(bar.getByRole('link')).toHaveCount(2)
  // The header stays on screen while reading.
  await page.mouse.wheel(0, 2000)
  await expect(page.locator('.site-header'), where).toBeInViewport()
}

for (const pair of PAGE_PAIRS) {
  test(`${pair.name} at 390 px: its language, one heading, fits, booking one tap away, no axe violations`, async ({
    browser,
  }) => {
    const { context, page } = await phone(browser, 390)
    for (const locale of LOCALES) {
      const where = `${pair[locale]} at 390 px`
      const response = await page.goto(pair[locale])
      expect(response?.status(), where).toBe(pair.name === '404' ? 404 : 200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expect(page.getByRole('main')).toBeVisible()
      await expect(page.getByTestId('language-switcher')).toHaveAttribute(
        'hreflang',
        locale === 'en' ? 'id' : 'en',
      )
      expect(await axeViolations(page), where).toEqual([])
      // WCAG 2.5.3: the home link's name contains the words it shows ("Ame Spa Jakarta").
      const brand = page.locator('.site-header__brand')
      const shown = ((await brand.textContent()) ?? '').replace(/\s+/g, ' ').trim()
      expect(shown, where).toBe('Ame Spa Jakarta')
      await expect(brand, where).toHaveAccessibleName(new RegExp(`^${shown},`))
      await expectPhoneLayout(page, where)
    }
    await context.close()
  })

  test(`${pair.name} at 320 px: fits, booking one tap away`, async ({ browser }) => {
    const { context, page } = await phone(browser, 320)
    for (const locale of LOCALES) {
      await page.goto(pair[locale])
      await expectPhoneLayout(page, `${pair[locale]} at 320 px`)
    }
    await context.close()
  })

  test(`${pair.name} at 1280 px: no axe or CSP violations, nothing from another host`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    const watcher = await watchRequests(page, new URL(baseURL ?? '').origin)
    for (const locale of LOCALES) {
      const where = `${pair[locale]} at 1280 px`
      await page.goto(pair[locale], { waitUntil: 'networkidle' })
      expect(await watcher.violations(), `${where}: CSP violations`).toEqual([])
      expect(await axeViolations(page), where).toEqual([])
      const fontBytes = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\.woff2$/.test(entry.name))
          .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
      )
      expect(fontBytes, `${where}: web fonts (bytes)`).toBeLessThanOrEqual(60 * 1024)
    }
    expect(watcher.foreign).toEqual([])
    // Self-hosted brand fonts load (from this origin, as checked above).
    expect(watcher.fonts.length).toBeGreaterThan(0)
  })
}
