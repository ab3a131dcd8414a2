import { expect, test } from './fixtures'
import { adminToken, auth, findBySlug } from './helpers'

const EDITORIAL = {
  en: '/en/compare/relaxation-vs-therapeutic-massage',
  id: '/id/perbandingan/pijat-relaksasi-vs-pijat-terapeutik',
}
const SERVICES_COMPARISON = '/en/compare/deep-tissue-vs-trigger-point-therapy'

test('the seeded comparison fills every row in both languages, with proper table headers', async ({
  page,
}) => {
  for (const [locale, path] of Object.entries(EDITORIAL)) {
    await page.goto(path)
    const table = page.getByTestId('comparison-table')
    await expect(table.locator('caption')).toContainText(
      locale === 'en' ? 'compared' : 'dibandingkan',
    )
    await expect(table.locator('thead th[scope="col"]')).toHaveCount(3)
    const rows = table.locator('tbody tr[data-attribute]')
    await expect(rows).toHaveCount(12)
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(12)
    for (const row of await rows.all()) {
      for (const cell of await row.locator('td').all()) {
        const text = (await cell.innerText()).trim()
        expect(
          text.length,
          `${await row.getAttribute('data-attribute')} in ${locale}`,
        ).toBeGreaterThan(2)
        expect(text).not.toMatch(/Not listed|Tidak disebutkan/)
      }
    }
    await expect(
      page.getByRole('heading', {
        name: locale === 'en' ? 'Questions and answers' : 'Tanya jawab',
      }),
    ).toBeVisible()
  }
  await page.goto(EDITORIAL.en)
  const target = page.locator('tr[data-attribute="target"]')
  await expect(target).toContainText('Nervous system')
  await expect(target).toContainText('Muscles and fascia')
  await expect(page.locator('tr[data-attribute="therapist"]')).toContainText(
    'A licensed or certified therapist',
  )
})

test('language switching keeps the same comparison', async ({ page }) => {
  await page.goto(EDITORIAL.en)
  await page.getByTestId('language-switcher').click()
  await expect(page).toHaveURL(new RegExp(`${EDITORIAL.id}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
})

test('a comparison opens with one "choose it if…" card per item, in sentence case', async ({
  page,
}) => {
  await page.goto(EDITORIAL.en)
  const summary = page.getByTestId('comparison-summary').locator('> li')
  await expect(summary).toHaveCount(2)
  await expect(summary.first()).toContainText('Choose it if…')
  await expect(
    summary.first().getByRole('link', { name: 'See relaxation massage treatments' }),
  ).toBeVisible()
  await page.goto(EDITORIAL.id)
  await expect(
    page
      .getByTestId('comparison-summary')
      .getByRole('link', { name: 'Lihat perawatan pijat relaksasi' }),
  ).toBeVisible()
})

test('on a phone the rows fold, each naming every item; the table is not shown', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(EDITORIAL.id)
  await expect(page.getByTestId('comparison-table')).toBeHidden()
  const rows = page.getByTestId('comparison-rows').locator('> details')
  await expect(rows).toHaveCount(11)
  await expect(rows.first().locator('summary')).toHaveText('Tujuan utama')
  const closed = rows.nth(4)
  await expect(closed.locator('h3').first()).toBeHidden()
  await closed.locator('summary').click()
  await expect(closed.locator('h3')).toHaveText(['Pijat relaksasi', 'Pijat terapeutik'])
  await context.close()
})

test('a changed service price shows in the comparison at once, in both languages', async ({
  page,
  request,
}) => {
  const token = await adminToken(request)
  const service = await findBySlug(request, 'services', 'deep-tissue-massage')
  const setPrices = (first: number) =>
    request.patch(`/api/services/${service.id}?locale=en`, {
      headers: auth(token),
      data: {
        options: [
          { durationMinutes: 60, priceIdr: first },
          { durationMinutes: 90, priceIdr: 625000 },
          { durationMinutes: 120, priceIdr: 800000 },
        ],
      },
    })
  await page.goto(SERVICES_COMPARISON)
  const price = page.locator('tr[data-attribute="priceRange"]')
  await expect(price).toContainText('From IDR 450,000')
  expect((await setPrices(455000)).status()).toBe(200)
  try {
    await page.goto(SERVICES_COMPARISON)
    await expect(price).toContainText('From IDR 455,000')
    await page.goto('/id/perbandingan/pijat-deep-tissue-vs-terapi-trigger-point')
    await expect(price).toContainText('Mulai dari Rp 455.000')
  } finally {
    expect((await setPrices(450000)).status()).toBe(200)
  }
})

test('ad-hoc pairs: an editorial pair redirects to it; any other pair is noindex', async ({
  page,
  request,
}) => {
  const moved = await request.get(
    '/en/compare/massage-types/therapeutic-massage/relaxation-massage',
    {
      maxRedirects: 0,
    },
  )
  expect(moved.status()).toBe(308)
  expect(moved.headers()['location']).toContain('/en/compare/relaxation-vs-therapeutic-massage')

  const token = await adminToken(request)
  const created = await request.post('/api/modalities?locale=en', {
    headers: auth(token),
    data: {
      name: 'Hot stone massage',
      tagline: 'Warmth that goes deep',
      summary: 'Smooth heated stones glide over the body.',
      primaryGoal: 'Warm, soothing relaxation.',
      target: 'nervous-system',
      pressure: ['light', 'medium'],
      indications: [{ goal: 'stress', text: 'When you feel cold and tense.' }],
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  try {
    await page.goto('/en/massage-types/relaxation-massage')
    const link = page.getByTestId('compare-with').getByRole('link', { name: /hot stone massage/i })
    await link.click()
    await expect(page).toHaveURL(
      /\/en\/compare\/massage-types\/relaxation-massage\/hot-stone-massage$/,
    )
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Relaxation massage vs Hot stone massage',
    )
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expect(page.getByTestId('comparison-table')).toBeVisible()
  } finally {
    await request.delete(`/api/modalities/${doc.id}`, { headers: auth(token) })
  }
})

test.describe('the guide without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('recommends relaxation for stress and therapeutic for chronic pain, with a shareable address', async ({
    page,
  }) => {
    await page.goto('/en/guide')
    await page.getByLabel('Stress relief').check()
    await page.getByRole('button', { name: 'Show my suggestion' }).click()
    await expect(page).toHaveURL(/\/en\/guide\/stress\/any\/none$/)
    await expect(page.getByTestId('recommended-modality')).toHaveText(
      'Our suggestion: Relaxation massage',
    )
    await expect(page.getByTestId('guide-reasons').locator('li').first()).toBeVisible()

    // The answer comes first; the questions are folded under "Change my answers".
    await expect(page.getByTestId('change-answers')).not.toHaveAttribute('open', '')
    await expect(page.getByTestId('guide-result').getByTestId('whatsapp-link')).toBeVisible()
    await page.getByTestId('change-answers').locator('summary').click()
    await page.getByLabel('Chronic pain').check()
    await page.getByLabel('Firm', { exact: true }).check()
    await page.getByLabel('Pregnancy').check()
    await page.getByRole('button', { name: 'Show my suggestion' }).click()
    await expect(page).toHaveURL(/\/en\/guide\/chronic-pain\/firm\/pregnancy$/)
    await expect(page.getByTestId('recommended-modality')).toContainText('Therapeutic massage')
    await expect(page.getByTestId('guide-services').locator('> li')).not.toHaveCount(0)
    await expect(page.getByTestId('guide-warnings')).toContainText('Pregnancy')
    await expect(page.getByText('This information is not medical advice')).toBeVisible()
  })

  test('works in Indonesian', async ({ page }) => {
    await page.goto('/id/panduan')
    await page.getByLabel('Kualitas tidur').check()
    await page.getByRole('button', { name: 'Lihat saran untuk saya' }).click()
    await expect(page).toHaveURL(/\/id\/panduan\/sleep\/any\/none$/)
    await expect(page.getByTestId('recommended-modality')).toHaveText('Saran kami: Pijat relaksasi')
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  })
})
