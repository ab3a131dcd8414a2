import { expect, test, type APIRequestContext, type Page } from './fixtures'
import { adminLogin, adminToken, auth, ADMIN_LANDING } from './helpers'

const HOUR = 3_600_000
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString()

async function staff(request: APIRequestContext, role: 'editor' | 'marketing' | 'frontdesk') {
  const admin = await adminToken(request)
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`
  const password = `${role}-password-1`
  const created = await request.post('/api/users', {
    headers: auth(admin),
    data: { email, password, roles: [role] },
  })
  expect(created.status()).toBe(201)
  return { email, password }
}

async function login(
  page: Page,
  account: { email: string; password: string },
  landing: RegExp = /\/admin$/,
) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(landing, ADMIN_LANDING)
}

async function promotion(
  request: APIRequestContext,
  token: string,
  title: string,
  window: [number, number],
  status: 'draft' | 'published',
  locale = 'en',
) {
  const response = await request.post(`/api/promotions?locale=${locale}`, {
    headers: auth(token),
    data: {
      title,
      summary: 'An offer for the admin tests.',
      startsAt: at(window[0]),
      startsAt_tz: 'Asia/Jakarta',
      endsAt: at(window[1]),
      endsAt_tz: 'Asia/Jakarta',
      discountType: 'percentage',
      percentOff: 10,
      appliesToAll: true,
      _status: status,
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: string } }).doc.id
}

// Runs first on the e2e server's empty database (files run in name order, one worker), before
// any test creates the admin: the create-first-user screen is only there while no account exists.
test('the first-user screen says the first account will be an admin', async ({ page }) => {
  await page.goto('/admin/create-first-user')
  await expect(page).toHaveURL(/create-first-user/)
  // The chosen role, as the select shows it (a chip with a remove button).
  const roles = page.locator('#field-roles')
  await expect(roles.getByRole('button', { name: /^Admin/ })).toHaveCount(1)
  await expect(roles.getByRole('button', { name: /^Editor/ })).toHaveCount(0)
})

test('the admin carries the spa’s brand and asks no other host for anything', async ({
  page,
  request,
}) => {
  await adminToken(request) // the login screen (with the logo) exists once an account does
  const foreign: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url())
  })
  await page.goto('/admin/login')
  await expect(page.getByText('Ame Spa', { exact: true })).toBeVisible()
  await expect(page.locator('link[rel="icon"][href="/favicon.svg"]')).toHaveCount(1)
  await expect(page).toHaveTitle(/Ame Spa admin/)
  expect(foreign).toEqual([])
})

test('each role’s dashboard shows what it can act on, with live counts', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(120_000)
  await adminToken(request)
  await adminLogin(page)
  const today = page.getByTestId('bookings-today')
  await expect(page.getByTestId('dashboard-promotions')).toBeVisible(ADMIN_LANDING)
  const before = Number(await today.textContent())
  const booked = await request.post('/api/inquiries', {
    data: {
      name: 'Ayu Dasbor',
      phone: '+6281200000001',
      preferredDate: new Date(Date.now() + 9 * 24 * HOUR).toISOString().slice(0, 10),
      preferredTime: '12:00',
    },
    headers: { 'X-Forwarded-For': '198.51.100.77' },
  })
  expect(booked.status()).toBe(201)
  await page.reload()
  await expect(today).toHaveText(String(before + 1))
  await expect(page.getByTestId('dashboard-bookings')).toContainText('Ayu Dasbor')

  const editor = await browser.newContext()
  const editorPage = await editor.newPage()
  await login(editorPage, await staff(request, 'editor'))
  // Editors and marketing count requests; guests' names stay with the front desk.
  const counts = editorPage.getByTestId('dashboard-booking-counts')
  await expect(counts).toBeVisible(ADMIN_LANDING)
  await expect(counts).toContainText('No code')
  await expect(counts).not.toContainText('Ayu Dasbor')
  await expect(editorPage.getByTestId('dashboard-bookings')).toHaveCount(0)
  await expect(editorPage.getByTestId('dashboard-promotions')).toHaveCount(0)
  await expect(
    editorPage.locator('nav').getByRole('link', { name: /Booking requests/ }),
  ).toHaveCount(0)
  await expect(editorPage.locator('nav').getByRole('link', { name: 'Promotions' })).toHaveCount(0)
  await expect(editorPage.locator('nav').getByRole('link', { name: 'Users' })).toHaveCount(0)
  await editor.close()

  const marketing = await browser.newContext()
  const marketingPage = await marketing.newPage()
  await login(marketingPage, await staff(request, 'marketing'))
  await expect(marketingPage.getByTestId('dashboard-promotions')).toBeVisible(ADMIN_LANDING)
  await expect(marketingPage.getByTestId('dashboard-bookings')).toHaveCount(0)
  await expect(marketingPage.getByTestId('dashboard-booking-counts')).not.toContainText(
    'Ayu Dasbor',
  )
  await expect(marketingPage.getByRole('button', { name: 'Admin' })).toHaveCount(0)
  await marketing.close()

  // Front desk lands on its board and sees only bookings in its menu.
  const desk = await browser.newContext()
  const deskPage = await desk.newPage()
  await login(deskPage, await staff(request, 'frontdesk'), /\/admin\/today$/)
  await expect(deskPage.getByTestId('board-waiting')).toContainText('Ayu Dasbor')
  const menu = deskPage.locator('nav')
  await expect(menu.getByRole('link', { name: /Booking requests/ })).toHaveCount(1)
  for (const hidden of ['Services', 'Promotions', 'Media', 'Users', 'Therapists']) {
    await expect(menu.getByRole('link', { name: hidden, exact: true })).toHaveCount(0)
  }
  await desk.close()
})

test('promotions show Draft, Scheduled, Live and Ended, and filter by it', async ({
  page,
  request,
}) => {
  const token = await adminToken(request)
  const stamp = Date.now()
  const ids = [
    await promotion(request, token, `State draft ${stamp}`, [-1, 24], 'draft'),
    await promotion(request, token, `State scheduled ${stamp}`, [48, 72], 'published'),
    await promotion(request, token, `State live ${stamp}`, [-1, 24], 'published'),
    await promotion(request, token, `State ended ${stamp}`, [-72, -48], 'published'),
  ]
  try {
    await adminLogin(page)
    await page.goto('/admin/collections/promotions?limit=100')
    for (const state of ['draft', 'scheduled', 'live', 'ended']) {
      const row = page.locator('tbody tr', { hasText: `State ${state} ${stamp}` })
      await expect(row.getByTestId('promotion-state'), state).toHaveAttribute('data-state', state)
    }
    await page.getByTestId('promotion-tab-scheduled').click()
    await expect(page.locator('tbody tr', { hasText: `State scheduled ${stamp}` })).toHaveCount(1)
    await expect(page.locator('tbody tr', { hasText: `State live ${stamp}` })).toHaveCount(0)
    await page.goto(`/admin/collections/promotions/${ids[1]}`)
    await expect(page.getByTestId('promotion-state')).toHaveText('Scheduled')
  } finally {
    for (const id of ids) await request.delete(`/api/promotions/${id}`, { headers: auth(token) })
  }
})

test('opening Create New and leaving leaves no empty promotion behind', async ({
  page,
  request,
}) => {
  const token = await adminToken(request)
  const count = async () =>
    (
      (await (
        await request.get('/api/promotions?limit=0&draft=true', { headers: auth(token) })
      ).json()) as { totalDocs: number }
    ).totalDocs
  const before = await count()
  await adminLogin(page)
  await page.goto('/admin/collections/promotions/create')
  await expect(page.getByText('Starts (WIB)')).toBeVisible()
  await page.waitForTimeout(3000) // longer than the old autosave interval
  await page.goto('/admin/collections/promotions')
  expect(await count()).toBe(before)
})

test('publishing an offer with no Indonesian text asks first and says what /id visitors see', async ({
  page,
  request,
}) => {
  const token = await adminToken(request)
  const title = `English only ${Date.now()}`
  const id = await promotion(request, token, title, [-1, 24], 'draft')
  try {
    await adminLogin(page)
    await page.goto(`/admin/collections/promotions/${id}`)
    await expect(page.getByTestId('translation-status')).toContainText('ID missing')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText('Publish without Indonesian?')).toBeVisible()
    await expect(
      page.getByText(/visitors of the \/id pages will see the English text/),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Cancel' }).click()
    const stillDraft = await request.get(`/api/promotions/${id}?draft=true`, {
      headers: auth(token),
    })
    expect(((await stillDraft.json()) as { _status: string })._status).toBe('draft')

    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page.getByRole('button', { name: 'Publish anyway' }).click()
    await expect
      .poll(async () => {
        const doc = await request.get(`/api/promotions/${id}`, { headers: auth(token) })
        return ((await doc.json()) as { _status?: string })._status
      })
      .toBe('published')
    await page.goto('/admin/collections/promotions?limit=100')
    await expect(page.locator('tbody tr', { hasText: title })).toContainText('ID missing')
  } finally {
    await request.delete(`/api/promotions/${id}`, { headers: auth(token) })
  }
})

test('in Indonesian the admin’s labels, columns and prices read in Indonesian', async ({
  browser,
  request,
}) => {
  await adminToken(request)
  const context = await browser.newContext({ locale: 'id-ID' })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill('e2e-admin@example.com')
  await page.getByLabel('Kata Sandi').fill('e2e-admin-password-1')
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByRole('heading', { name: 'Hari ini di Ame Spa' })).toBeVisible(
    ADMIN_LANDING,
  )
  await page.goto('/admin/collections/services')
  const header = page.locator('thead')
  await expect(header).toContainText('Jenis pijat')
  await expect(header).toContainText('Unggulan')
  await expect(header).toContainText('Terjemahan')
  await expect(header).not.toContainText('[object Object]')
  // The content language follows the admin's: the Indonesian name, not "Deep Tissue Massage".
  await expect(page.locator('tbody tr', { hasText: 'Pijat Deep Tissue' })).toContainText(
    'EN ✓ · ID ✓',
  )
  await page.getByRole('link', { name: 'Pijat Deep Tissue' }).click()
  await expect(page.getByText('Harga (Rp)').first()).toBeVisible()
  await expect(page.getByTestId('rupiah-hint').first()).toHaveText(/^= Rp\s?\d{1,3}(\.\d{3})+$/)
  await context.close()
})
