import { expect, test } from '@playwright/test'

test.describe('home page lists the seeded services', () => {
  test('in Indonesian at /id', async ({ page }) => {
    await page.goto('/id')
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Pijat di Jakarta')
    const services = page.getByTestId('service-list').getByRole('heading', { level: 3 })
    await expect(services).toHaveCount(7)
    await expect(services.first()).toHaveText('Pijat Relaksasi Khas Ame')
    await expect(page.getByText('Mulai dari Rp 350.000').first()).toBeVisible()
  })

  test('in English at /en', async ({ page }) => {
    await page.goto('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    const services = page.getByTestId('service-list').getByRole('heading', { level: 3 })
    await expect(services).toHaveCount(7)
    await expect(services.first()).toHaveText('Ame Signature Relaxation Massage')
    await expect(page.getByText('From IDR 350,000').first()).toBeVisible()
  })

  test('/ sends an Indonesian browser to /id', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'id-ID' })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/id$/)
    await context.close()
  })
})
