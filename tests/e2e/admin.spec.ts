import { expect, test } from '@playwright/test'
import { adminLogin, adminToken } from './helpers'

test('staff can log in to the admin panel and find the booking requests', async ({
  page,
  request,
}) => {
  // A separate request context, so the browser starts logged out.
  await adminToken(request)
  await adminLogin(page)
  await page.goto('/admin/collections/inquiries')
  await expect(page.getByRole('heading', { name: 'Booking requests' })).toBeVisible()
  await page.goto('/admin/collections/services')
  await expect(page.getByRole('link', { name: 'Deep Tissue Massage' })).toBeVisible()
})

test('the admin speaks Indonesian to a browser set to Indonesian', async ({ browser, request }) => {
  await adminToken(request)
  const context = await browser.newContext({ locale: 'id-ID' })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await expect(page.getByLabel('Kata Sandi')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible()
  await context.close()
})
