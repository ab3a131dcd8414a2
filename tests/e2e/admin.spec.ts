import { expect, test } from './fixtures'
import { adminLogin, adminToken, ADMIN_LANDING } from './helpers'

test('staff can log in to the admin panel and find the booking requests', async ({
  page,
  request,
}) => {
  // A separate request context, so the browser starts logged out.
  await adminToken(request)
  await adminLogin(page)
  await page.goto('/admin/collections/inquiries')
  await expect(page.getByRole('heading', { name: 'Booking requests' })).toBeVisible()
  // One tab per status with its count; a tab filters the list.
  const tabs = page.getByRole('navigation', { name: 'Filter by status' })
  await expect(tabs.getByRole('link', { name: /^New \(\d+\)$/ })).toBeVisible()
  await tabs.getByRole('link', { name: /^Declined \(\d+\)$/ }).click()
  await expect(page).toHaveURL(
    /where%5Bstatus%5D%5Bequals%5D=declined|where\[status\]\[equals\]=declined/,
  )
  await expect(tabs.getByRole('link', { name: /^Declined/ })).toHaveAttribute(
    'aria-current',
    'page',
  )
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

test('marketing staff see promotions to edit, with the dates in Jakarta time, and no user admin', async ({
  page,
  request,
}) => {
  const admin = await adminToken(request)
  const email = `marketer-${Date.now()}@example.com`
  const password = 'marketer-password-1'
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${admin}` },
    data: { email, password, roles: ['marketing'] },
  })
  expect(created.status()).toBe(201)

  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/, ADMIN_LANDING)
  const nav = page.locator('nav')
  await expect(nav.getByRole('link', { name: 'Promotions' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Redirects' })).toHaveCount(0)

  await page.goto('/admin/collections/promotions/create')
  await expect(page.getByText('Starts (WIB)')).toBeVisible()
  await expect(page.getByText('Ends (WIB)')).toBeVisible()
  await expect(page.getByText(/Jakarta \(WIB, UTC\+7\)/).first()).toBeVisible()

  // Content marketing cannot change is not in its menu at all.
  for (const name of ['Services', 'Massage types', 'Booking requests', 'Users']) {
    await expect(nav.getByRole('link', { name, exact: true })).toHaveCount(0)
  }
  await expect(nav.getByRole('link', { name: 'Media' })).toBeVisible()
})
