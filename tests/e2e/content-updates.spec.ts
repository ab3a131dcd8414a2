import { expect, test } from './fixtures'
import { adminToken, auth, findBySlug } from './helpers'

test('an edit in the CMS shows on the cached pages of both languages without a rebuild', async ({
  page,
}) => {
  const token = await adminToken(page.request)
  await page.goto('/id/layanan/pijat-punggung-leher-bahu')
  await expect(page.getByTestId('price').first()).toHaveText('Rp 325.000')
  await page.goto('/en/services')
  await expect(page.getByText('From IDR 325,000')).toBeVisible()

  const service = await findBySlug(page.request, 'services', 'back-neck-shoulder-relief')
  const update = await page.request.patch(`/api/services/${service.id}?locale=en`, {
    headers: auth(token),
    data: {
      options: [
        { durationMinutes: 45, priceIdr: 345000 },
        { durationMinutes: 60, priceIdr: 415000 },
      ],
    },
  })
  expect(update.status()).toBe(200)

  await page.goto('/id/layanan/pijat-punggung-leher-bahu')
  await expect(page.getByTestId('price')).toHaveText(['Rp 345.000', 'Rp 415.000'])
  await page.goto('/en/services')
  await expect(page.getByText('From IDR 345,000')).toBeVisible()

  await page.request.patch(`/api/services/${service.id}?locale=en`, {
    headers: auth(token),
    data: {
      options: [
        { durationMinutes: 45, priceIdr: 325000 },
        { durationMinutes: 60, priceIdr: 395000 },
      ],
    },
  })
})

test('unpublishing removes a service from both languages; publishing brings it back', async ({
  page,
}) => {
  const token = await adminToken(page.request)
  const service = await findBySlug(page.request, 'services', 'sports-recovery-massage')
  await page.goto('/en/services/sports-recovery-massage')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sports Recovery Massage')

  const unpublish = await page.request.patch(`/api/services/${service.id}`, {
    headers: auth(token),
    data: { _status: 'draft' },
  })
  expect(unpublish.status()).toBe(200)
  expect((await page.goto('/en/services/sports-recovery-massage'))?.status()).toBe(404)
  expect((await page.goto('/id/layanan/pijat-pemulihan-olahraga'))?.status()).toBe(404)
  await page.goto('/id/layanan')
  await expect(page.getByRole('link', { name: 'Pijat Pemulihan Olahraga' })).toHaveCount(0)

  await page.request.patch(`/api/services/${service.id}`, {
    headers: auth(token),
    data: { _status: 'published' },
  })
  expect((await page.goto('/id/layanan/pijat-pemulihan-olahraga'))?.status()).toBe(200)
})

test('untranslated text falls back to English and is marked lang="en"', async ({ page }) => {
  const token = await adminToken(page.request)
  const modality = await findBySlug(page.request, 'modalities', 'relaxation-massage')
  const created = await page.request.post('/api/services?locale=en', {
    headers: auth(token),
    data: {
      name: 'Hot Stone Massage',
      summary: 'Warm basalt stones and slow strokes.',
      modality: modality.id,
      options: [{ durationMinutes: 90, priceIdr: 550000 }],
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  try {
    await page.goto('/id/layanan')
    const link = page.getByRole('link', { name: 'Hot Stone Massage' })
    await expect(link).toHaveAttribute('lang', 'en')
    await link.click()
    await expect(page).toHaveURL(/\/id\/layanan\/hot-stone-massage$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')
    await expect(page.getByText('Warm basalt stones and slow strokes.')).toHaveAttribute(
      'lang',
      'en',
    )
    await expect(page.getByRole('heading', { name: 'Durasi dan harga' })).not.toHaveAttribute(
      'lang',
      'en',
    )
    // No Indonesian translation yet: the switcher's English target is the document itself.
    await page.getByTestId('language-switcher').click()
    await expect(page).toHaveURL(/\/en\/services\/hot-stone-massage$/)
    await page.getByTestId('language-switcher').click()
    await expect(page).toHaveURL(/\/id\/layanan$/)
  } finally {
    await page.request.delete(`/api/services/${doc.id}`, { headers: auth(token) })
  }
  // Deleting it removes its pages and its card, in both languages.
  expect((await page.goto('/en/services/hot-stone-massage'))?.status()).toBe(404)
  expect((await page.goto('/id/layanan/hot-stone-massage'))?.status()).toBe(404)
  await page.goto('/id/layanan')
  await expect(page.getByRole('link', { name: 'Hot Stone Massage' })).toHaveCount(0)
})
