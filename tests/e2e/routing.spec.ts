import { expect, test } from './fixtures'
import { LIVE_PAGE_PAIRS, PAGE_PAIRS } from './helpers'

const PAGES = PAGE_PAIRS.filter((pair) => pair.name !== '404').flatMap((pair) => [pair.en, pair.id])

test('public pages are served from cache with CDN-friendly headers and no cookie', async ({
  request,
}) => {
  for (const path of PAGES) {
    await request.get(path) // the first visit renders and caches the page
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    expect(headers['set-cookie'], path).toBeUndefined()
    // STALE is still a cached answer: another test may have just published, which marks tags stale
    // and the page is re-rendered in the background while the cached copy is served.
    expect(headers['x-nextjs-cache'], path).toMatch(/^(HIT|STALE)$/)
    expect(headers['cache-control'], path).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/)
    // No proxy ran: nothing was rewritten by middleware.
    expect(headers['x-middleware-rewrite'], path).toBeUndefined()
  }
})

test('the booking address with choices shows live times: rendered per visit, still no cookie or proxy', async ({
  request,
}) => {
  for (const pair of LIVE_PAGE_PAIRS) {
    for (const path of [pair.en, pair.id]) {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status(), path).toBe(200)
      const headers = response.headers()
      expect(headers['set-cookie'], path).toBeUndefined()
      expect(headers['x-nextjs-cache'], path).toBeUndefined()
      expect(headers['cache-control'], path).toMatch(/no-store/)
      expect(headers['x-middleware-rewrite'], path).toBeUndefined()
      expect(await response.text(), path).toContain('data-testid="day-strip"')
    }
  }
})

test('addresses in the other language’s words, or without a language, move permanently', async ({
  request,
}) => {
  const cases: [string, string][] = [
    ['/id/services', '/id/layanan'],
    ['/id/services/pijat-deep-tissue', '/id/layanan/pijat-deep-tissue'],
    ['/en/layanan', '/en/services'],
    ['/en/perbandingan', '/en/compare'],
    ['/layanan/pijat-deep-tissue', '/id/layanan/pijat-deep-tissue'],
    ['/services', '/en/services'],
  ]
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(308)
    expect(response.headers().location, from).toBe(to)
  }
})

test('/ keeps the campaign query when it chooses the language', async ({ request }) => {
  const response = await request.get('/?utm_source=instagram', {
    maxRedirects: 0,
    headers: { 'Accept-Language': 'id-ID,id;q=0.9' },
  })
  expect(response.status()).toBe(307)
  expect(response.headers().location).toBe('/id?utm_source=instagram')
  expect(response.headers().vary).toMatch(/Accept-Language/)
})

test('picking a language with the switcher is remembered by /, and only then', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await page.goto('/en/services/deep-tissue-massage')
  expect(await context.cookies()).toEqual([])
  await page.getByTestId('language-switcher').click()
  await expect(page).toHaveURL(/\/id\/layanan\/pijat-deep-tissue$/)
  expect((await context.cookies()).map((cookie) => [cookie.name, cookie.value])).toEqual([
    ['NEXT_LOCALE', 'id'],
  ])
  await page.goto('/')
  await expect(page).toHaveURL(/\/id$/)
  await context.close()
})

test('the switcher never sends anyone to another site', async ({ request }) => {
  for (const to of ['//evil.example/x', 'https://evil.example/', '/id/\\evil.example']) {
    const response = await request.get(`/language/id?to=${encodeURIComponent(to)}`, {
      maxRedirects: 0,
    })
    expect(response.status()).toBe(303)
    expect(response.headers().location).toBe('/id')
  }
})
