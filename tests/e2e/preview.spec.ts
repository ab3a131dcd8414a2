import { expect, test } from './fixtures'
import {
  ADMIN_LANDING,
  adminLogin,
  adminToken,
  auth,
  findBySlug,
  signIn,
  staffUser,
  unique,
} from './helpers'

test('staff preview an unpublished Indonesian draft; visitors and anonymous users never see it', async ({
  browser,
  request,
}) => {
  // Two admin views and three public pages, each possibly a first visit on a busy server.
  test.setTimeout(180_000)
  const token = await adminToken(request)
  const service = await findBySlug(request, 'services', 'deep-tissue-massage')
  const draftName = 'Pijat Deep Tissue (draf baru)'
  const saved = await request.patch(`/api/services/${service.id}?locale=id&draft=true`, {
    headers: auth(token),
    data: { name: draftName },
  })
  expect(saved.status()).toBe(200)

  const staff = await browser.newContext()
  const page = await staff.newPage()
  try {
    await adminLogin(page)

    await page.goto(`/admin/collections/services/${service.id}?locale=id`)
    const previewLink = page.locator('#preview-button')
    // The first edit view a server shows loads the admin's editing code: slow on a busy machine.
    await expect(previewLink).toHaveAttribute('href', /^\/preview\?/, ADMIN_LANDING)
    const href = (await previewLink.getAttribute('href')) as string
    expect(href).toContain('locale=id')

    await page.goto(href)
    await expect(page).toHaveURL(/\/id\/layanan\/pijat-deep-tissue$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftName)
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    await expect(page.getByTestId('preview-bar')).toBeVisible()

    // The same link without a staff login is refused, and draft mode is never switched on.
    const anonymous = await browser.newContext()
    const outsider = await anonymous.newPage()
    const refused = await outsider.goto(href)
    expect(refused?.status()).toBe(401)
    await outsider.goto('/id/layanan/pijat-deep-tissue')
    await expect(outsider.getByRole('heading', { level: 1 })).toHaveText('Pijat Deep Tissue')
    await expect(outsider.getByTestId('preview-bar')).toHaveCount(0)
    const forged = await outsider.goto(href.replace(/token=[^&]+/, 'token=forged'))
    expect(forged?.status()).toBe(403)
    await anonymous.close()

    // Leaving preview shows the published page again.
    await page.getByRole('link', { name: 'Keluar dari pratinjau' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pijat Deep Tissue')
  } finally {
    await staff.close()
    // Publishing nothing: restore the draft to the published text.
    await request.patch(`/api/services/${service.id}?locale=id&draft=true`, {
      headers: auth(token),
      data: { name: 'Pijat Deep Tissue' },
    })
  }
})

test('the admin shows which languages are complete, and pages may be framed only by the site itself', async ({
  page,
  request,
}) => {
  const token = await adminToken(request)
  const created = await request.post('/api/techniques?locale=en', {
    headers: auth(token),
    data: {
      name: 'Cupping',
      description: 'Suction cups lift the skin.',
      physiology: 'Draws blood to the surface.',
      depth: 'superficial',
      _status: 'published',
    },
  })
  const { doc } = (await created.json()) as { doc: { id: string } }
  try {
    await adminLogin(page)
    await page.goto('/admin/collections/techniques?limit=50&locale=en')
    const row = page.locator('tbody tr', { hasText: 'Cupping' })
    await expect(row).toContainText('EN ✓ · ID missing')
    await page.goto(`/admin/collections/techniques/${doc.id}`)
    await expect(page.getByTestId('translation-status')).toContainText('ID missing')

    const headers = (await request.get('/en')).headers()
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
  } finally {
    await request.delete(`/api/techniques/${doc.id}`, { headers: auth(token) })
  }
})

test('an editor sees unsaved typing in the live preview of a service, in Indonesian; nothing is saved or shown to visitors', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const editor = await staffUser(request, 'editor')
  const service = await findBySlug(request, 'services', 'deep-tissue-massage')
  const typed = `Pijat Deep Tissue, otot dalam ${unique()}`
  const context = await browser.newContext()
  const admin = await context.newPage()
  try {
    await signIn(admin, editor.email, editor.password)
    await admin.goto(`/admin/collections/services/${service.id}?locale=id`)
    const open = admin.getByRole('button', { name: 'Live Preview' })
    await open.waitFor(ADMIN_LANDING)
    if (!(await admin.locator('#live-preview-iframe').isVisible())) await open.click()
    await admin.locator('.live-preview-toolbar').getByText('Responsive').click()
    await admin.getByRole('button', { name: '390 px' }).click()
    const frame = admin.frameLocator('#live-preview-iframe')
    await expect(frame.locator('html')).toHaveAttribute('lang', 'id', { timeout: 30_000 })
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Pijat Deep Tissue')

    // Typing, not saving: the framed page follows the form.
    await admin.getByLabel('Name', { exact: false }).first().fill(typed)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(typed, { timeout: 15_000 })

    // Nothing was written: the draft and the public page keep the saved name.
    const stored = await request.get(`/api/services/${service.id}?locale=id&draft=true&depth=0`, {
      headers: auth(editor.token),
    })
    expect(((await stored.json()) as { name: string }).name).toBe('Pijat Deep Tissue')
    const visitor = await browser.newPage()
    await visitor.goto('/id/layanan/pijat-deep-tissue')
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Pijat Deep Tissue')
    await visitor.close()

    // The unsaved text is the editor's alone: the same draft previewed by someone else shows none.
    const other = await browser.newContext()
    const adminPage = await other.newPage()
    await adminLogin(adminPage)
    await adminPage.goto(`/admin/collections/services/${service.id}?locale=id`)
    const previewLink = adminPage.locator('#preview-button')
    await expect(previewLink).toHaveAttribute('href', /^\/preview\?/, ADMIN_LANDING)
    await adminPage.goto((await previewLink.getAttribute('href')) as string)
    await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText('Pijat Deep Tissue')
    await other.close()
  } finally {
    await context.close()
  }
})
