import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'
import { LIVE_PAGE_PAIRS, overflow, PAGE_PAIRS } from './helpers'

// Read-only checks: spread over the workers.
test.describe.configure({ mode: 'parallel' })

const PAGES = [...PAGE_PAIRS, ...LIVE_PAGE_PAIRS].flatMap((pair) => [
  { name: pair.name, locale: 'en', path: pair.en },
  { name: pair.name, locale: 'id', path: pair.id },
])

// Every template's fit, tap targets, accessibility, CSP and same-origin requests at 320, 390 and
// 1280 px: _templates.spec.ts.

test('on wide screens the header carries the menu and the Book button; no booking bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  for (const [path, book] of [
    ['/en', 'Book'],
    ['/id', 'Pesan'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByTestId('booking-bar')).toBeHidden()
    const header = page.locator('.site-header')
    await expect(header.getByRole('link', { name: book, exact: true })).toBeVisible()
    await expect(header.getByRole('navigation').first().getByRole('link')).toHaveCount(6)
    expect(await overflow(page)).toEqual([])
  }
})

test('the phone menu opens without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 800 },
  })
  const page = await context.newPage()
  await page.goto('/id/layanan')
  const menu = page.locator('.menu__panel')
  await expect(menu).toBeHidden()
  await page.getByTestId('menu-toggle').click()
  await expect(menu.getByRole('link', { name: 'Terapis' })).toBeVisible()
  await menu.getByRole('link', { name: 'Terapis' }).click()
  await expect(page).toHaveURL(/\/id\/terapis$/)
  await context.close()
})

test('the brand is installed: icons, manifest, theme colour and sharing image', async ({
  page,
  request,
}) => {
  await page.goto('/en')
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute(
    'href',
    /favicon\.svg/,
  )
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1)
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#23423a')
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /og-image\.png/,
  )
  const manifest = await (await request.get('/manifest.webmanifest')).json()
  expect(manifest).toMatchObject({ name: 'Ame Spa Jakarta', theme_color: '#23423a' })
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await request.get(icon.src)).status(), icon.src).toBe(200)
  }
  await expect(page.locator('.site-header .logo__mark')).toBeVisible()
})

test('the 404 page says so in its title and offers useful links in the visitor’s language', async ({
  page,
}) => {
  const response = await page.goto('/id/layanan/tidak-ada')
  expect(response?.status()).toBe(404)
  await expect(page).toHaveTitle('Halaman tidak ditemukan · Ame Spa')
  await expect(page.locator('.not-found__links a')).toHaveCount(4)
  await page.goto('/en/no/such/page')
  await expect(page).toHaveTitle('Page not found · Ame Spa')
  // In the server's HTML too, for visitors without JavaScript (only one title).
  const html = await (await page.request.get('/id/layanan/tidak-ada')).text()
  expect(html.match(/<title>[^<]*<\/title>/g)).toEqual([
    '<title>Halaman tidak ditemukan · Ame Spa</title>',
  ])
})

test('every template is valid HTML (Nu HTML checker)', async ({ request }) => {
  test.setTimeout(180_000)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-vnu-'))
  const files: string[] = []
  for (const entry of PAGES.filter((candidate) => candidate.name !== '404')) {
    const html = await (await request.get(entry.path)).text()
    const file = path.join(dir, `${entry.name.replace(/\W+/g, '-')}-${entry.locale}.html`)
    fs.writeFileSync(file, html)
    files.push(file)
  }
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
  let output = ''
  try {
    execFileSync('java', ['-jar', jar, '--format', 'json', '--errors-only', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    // vnu exits 1 when it reports errors; they are on stderr.
    output = (error as { stderr?: string }).stderr ?? String(error)
  }
  const messages = output
    ? (JSON.parse(output) as { messages: { url: string; message: string; extract?: string }[] })
        .messages
    : []
  expect(messages.map((m) => `${path.basename(m.url)}: ${m.message} ${m.extract ?? ''}`)).toEqual(
    [],
  )
})
