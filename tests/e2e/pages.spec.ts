import { expect, test } from './fixtures'

// Read-only checks: spread over the workers.
test.describe.configure({ mode: 'parallel' })

// Each template's language, heading and switcher are checked in _templates.spec.ts.

test('the services list shows all seeded services in Indonesian and English', async ({ page }) => {
  await page.goto('/id/layanan')
  const names = page.getByTestId('service-list').getByRole('heading', { level: 3 })
  await expect(names).toHaveCount(7)
  await expect(names.first()).toHaveText('Pijat Relaksasi Khas Ame')
  await expect(page.getByText('Mulai dari Rp 350.000').first()).toBeVisible()

  await page.goto('/en/services')
  await expect(names).toHaveCount(7)
  await expect(names.first()).toHaveText('Ame Signature Relaxation Massage')
  await expect(page.getByText('From IDR 350,000').first()).toBeVisible()
})

test('filters narrow the list with plain links', async ({ page }) => {
  await page.goto('/en/services')
  await page.getByRole('link', { name: 'Chronic pain' }).click()
  await expect(page).toHaveURL(/\/en\/services\/filter\/all\/chronic-pain$/)
  await expect(page.getByTestId('result-count')).toHaveText('3 services')
  await page.getByRole('link', { name: 'Relaxation massage' }).first().click()
  await expect(page).toHaveURL(/\/en\/services\/filter\/relaxation-massage\/chronic-pain$/)
  await expect(page.getByTestId('result-count')).toHaveText('No services match')

  await page.goto('/id/layanan/filter/all/sleep')
  await expect(page.getByTestId('result-count')).toHaveText('1 layanan')
  await expect(page.getByRole('link', { name: 'Ritual Tidur Malam' })).toBeVisible()
})

test('prices are in rupiah in each language', async ({ page }) => {
  await page.goto('/id/layanan/pijat-deep-tissue')
  await expect(page.getByTestId('price')).toHaveText(['Rp 450.000', 'Rp 625.000', 'Rp 800.000'])
  await expect(page.getByRole('rowheader')).toHaveText(['60 menit', '90 menit', '120 menit'])
  await page.goto('/en/services/deep-tissue-massage')
  await expect(page.getByTestId('price')).toHaveText(['IDR 450,000', 'IDR 625,000', 'IDR 800,000'])
  await expect(page.getByRole('rowheader')).toHaveText(['60 min', '90 min', '120 min'])
})

test('WhatsApp links carry a message in the visitor language naming the service and duration', async ({
  page,
}) => {
  const message = async () => {
    const href = await page.getByTestId('whatsapp-option').first().getAttribute('href')
    const url = new URL(href ?? '')
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567890')
    return url.searchParams.get('text')
  }
  await page.goto('/id/layanan/pijat-deep-tissue')
  expect(await message()).toBe(
    'Halo Ame Spa, saya ingin memesan Pijat Deep Tissue (60 menit). Jam berapa saja yang tersedia?',
  )
  await page.goto('/en/services/deep-tissue-massage')
  expect(await message()).toBe(
    'Hello Ame Spa, I would like to book Deep Tissue Massage (60 min). Which times are available?',
  )
})

test('the language switcher keeps the document and works without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/en/services/deep-tissue-massage')
  await page.getByTestId('language-switcher').click()
  await expect(page).toHaveURL(/\/id\/layanan\/pijat-deep-tissue$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pijat Deep Tissue')
  await page.getByTestId('language-switcher').click()
  await expect(page).toHaveURL(/\/en\/services\/deep-tissue-massage$/)

  await page.goto('/id/jenis-pijat/pijat-relaksasi')
  await page.getByTestId('language-switcher').click()
  await expect(page).toHaveURL(/\/en\/massage-types\/relaxation-massage$/)
  await context.close()
})

test('a slug from the other language redirects permanently; unknown slugs are localized 404s', async ({
  request,
  page,
}) => {
  const moved = await request.get('/en/services/pijat-deep-tissue', { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  expect(moved.headers().location).toMatch(/\/en\/services\/deep-tissue-massage$/)
  const movedType = await request.get('/id/jenis-pijat/therapeutic-massage', { maxRedirects: 0 })
  expect(movedType.status()).toBe(308)
  expect(movedType.headers().location).toMatch(/\/id\/jenis-pijat\/pijat-terapeutik$/)

  const missing = await page.goto('/id/layanan/tidak-ada')
  expect(missing?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan')
  const unknownPath = await page.goto('/en/no/such/page')
  expect(unknownPath?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})

test('/ follows the saved language cookie before the browser language', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ locale: 'en-US' })
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'id', url: baseURL }])
  const page = await context.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/id$/)
  await context.close()
})

test('/ sends an Indonesian browser to /id and others to /en', async ({ browser }) => {
  for (const [browserLocale, expected] of [
    ['id-ID', /\/id$/],
    ['en-GB', /\/en$/],
    ['ja-JP', /\/en$/],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(expected)
    await context.close()
  }
})

test('home shows today’s opening hours in WIB', async ({ page }) => {
  await page.goto('/id')
  await expect(page.getByTestId('today-hours')).toHaveText(
    /^Buka hari ini \d{2}\.\d{2}–\d{2}\.\d{2} WIB$/,
  )
  await page.goto('/en')
  await expect(page.getByTestId('today-hours')).toHaveText(
    /^Open today \d{2}:\d{2}–\d{2}:\d{2} WIB$/,
  )
})
