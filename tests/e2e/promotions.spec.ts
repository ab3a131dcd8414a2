import { expect, test, type APIRequestContext } from './fixtures'
import { adminToken, auth, findBySlug } from './helpers'

const AROMATHERAPY = {
  en: '/en/services/aromatherapy-relaxation-massage',
  id: '/id/layanan/pijat-relaksasi-aromaterapi',
}

test('the featured offer shows on home and its page, in both languages', async ({ page }) => {
  await page.goto('/en')
  const banner = page.getByTestId('promo-banner')
  await expect(banner).toContainText('Slow Down Season')
  await expect(banner).toContainText('20% off')
  await expect(banner).toContainText(/Ends \d{1,2} \w+ \d{4}, 23:59 WIB/)
  await banner.getByRole('link').click()
  await expect(page).toHaveURL(/\/en\/promotions\/slow-down-season$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Slow Down Season: 20% off relaxation rituals',
  )
  await expect(page.getByTestId('promo-price').first()).toHaveText('IDR 316,000')

  await page.goto('/id')
  await expect(page.getByTestId('promo-banner')).toContainText('Diskon 20%')
  await expect(page.getByTestId('promo-banner')).toContainText(/pukul 23\.59 WIB/)
  await page.goto('/id/promo')
  await expect(page.getByTestId('promotion-card')).toHaveCount(1)
  await expect(page.getByTestId('promotion-card')).toContainText('Promo Slow Down')
})

test('a service page strikes through the regular price next to the offer price, per duration', async ({
  page,
}) => {
  await page.goto(AROMATHERAPY.en)
  await expect(page.locator('del [data-testid="price"]')).toHaveText(['IDR 395,000', 'IDR 545,000'])
  await expect(page.getByTestId('promo-price')).toHaveText(['IDR 316,000', 'IDR 436,000'])
  await expect(page.getByTestId('promo-note').first()).toContainText(/until .* WIB/)

  await page.goto(AROMATHERAPY.id)
  await expect(page.locator('del [data-testid="price"]')).toHaveText(['Rp 395.000', 'Rp 545.000'])
  await expect(page.getByTestId('promo-price')).toHaveText(['Rp 316.000', 'Rp 436.000'])
  await expect(page.getByTestId('promo-note').first()).toContainText(/sampai .* WIB/)

  // A service outside the offer keeps its plain price.
  await page.goto('/en/services/deep-tissue-massage')
  await expect(page.getByTestId('promo-price')).toHaveCount(0)
})

test('a published promotion that has not started is invisible on pages and through the API', async ({
  page,
  request,
}) => {
  expect((await request.get('/en/promotions/recovery-package')).status()).toBe(404)
  expect((await request.get('/id/promo/paket-pemulihan')).status()).toBe(404)
  await page.goto('/en/promotions')
  await expect(page.getByText('Recovery package')).toHaveCount(0)
  await page.goto('/en/services/sports-recovery-massage')
  await expect(page.getByTestId('promo-price')).toHaveCount(0)
  const api = (await (await request.get('/api/promotions?limit=50')).json()) as {
    docs: { slug: string }[]
  }
  expect(api.docs.map((doc) => doc.slug)).toEqual(['slow-down-season'])
})

test('a draft promotion never reaches a page, the sitemap or the API', async ({
  request,
  playwright,
  baseURL,
}) => {
  const token = await adminToken(request)
  // A separate context: `request` now carries the admin's login cookie.
  const visitor = await playwright.request.newContext({ baseURL })
  const created = await request.post('/api/promotions?locale=en', {
    headers: auth(token),
    data: {
      title: 'Secret draft offer',
      summary: 'Not ready yet.',
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      startsAt_tz: 'Asia/Jakarta',
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt_tz: 'Asia/Jakarta',
      discountType: 'percentage',
      percentOff: 50,
      appliesToAll: true,
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  try {
    expect((await visitor.get('/en/promotions/secret-draft-offer')).status()).toBe(404)
    expect(await (await visitor.get('/en/promotions')).text()).not.toContain('Secret draft offer')
    expect(await (await visitor.get('/sitemap.xml')).text()).not.toContain('secret-draft-offer')
    expect((await visitor.get(`/api/promotions/${doc.id}`)).status()).toBe(404)
    // The same request with the admin's login does see it: the check above is not vacuous.
    expect((await request.get(`/api/promotions/${doc.id}`)).status()).toBe(200)
  } finally {
    await visitor.dispose()
    await request.delete(`/api/promotions/${doc.id}`, { headers: auth(token) })
  }
})

async function marketingToken(request: APIRequestContext): Promise<string> {
  const admin = await adminToken(request)
  const email = `marketing-${Date.now()}@example.com`
  const password = 'marketing-password-1'
  const created = await request.post('/api/users', {
    headers: auth(admin),
    data: { email, password, roles: ['marketing'] },
  })
  expect(created.status()).toBe(201)
  const login = await request.post('/api/users/login', { data: { email, password } })
  return ((await login.json()) as { token: string }).token
}

test('marketing publishes an offer on its own; it appears at once and is gone within a minute of its end', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const token = await marketingToken(request)
  const service = await findBySlug(request, 'services', 'deep-tissue-massage')
  const endsAt = new Date(Date.now() + 25_000)
  const created = await request.post('/api/promotions?locale=en', {
    headers: auth(token),
    data: {
      title: 'Flash deep tissue offer',
      summary: 'A short test offer.',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      startsAt_tz: 'Asia/Jakarta',
      endsAt: endsAt.toISOString(),
      endsAt_tz: 'Asia/Jakarta',
      discountType: 'fixedAmount',
      amountOffIdr: 50000,
      services: [service.id],
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  try {
    await page.goto('/en/services/deep-tissue-massage')
    await expect(page.getByTestId('promo-price').first()).toHaveText('IDR 400,000')
    await page.goto('/id/layanan/pijat-deep-tissue')
    await expect(page.getByTestId('promo-price').first()).toHaveText('Rp 400.000')

    // Nobody saves anything now: the in-app job runner expires the pages at the end.
    await expect
      .poll(
        async () => {
          const html = await (await request.get('/en/services/deep-tissue-massage')).text()
          return html.includes('data-testid="promo-price"')
        },
        { timeout: 80_000, intervals: [5_000] },
      )
      .toBe(false)
    const ended = Date.now() - endsAt.getTime()
    console.log(`offer gone from the cached page ${Math.round(ended / 1000)} s after its end`)
    expect(ended).toBeLessThan(60_000 + 5_000)
  } finally {
    await request.delete(`/api/promotions/${doc.id}`, { headers: auth(token) })
  }
})
