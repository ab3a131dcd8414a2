import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext, type Browser, type Page } from './fixtures'
import { adminToken, auth, overflow, ADMIN_LANDING } from './helpers'

const PHONE = { width: 390, height: 844 }
type Mail = { to: string[]; subject: string; text: string }

const mails = (mailDir: string): Mail[] =>
  fs.existsSync(mailDir)
    ? fs
        .readdirSync(mailDir)
        .map((file) => JSON.parse(fs.readFileSync(path.join(mailDir, file), 'utf8')) as Mail)
    : []

const jakartaDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() + days * 86_400_000),
  )

async function account(request: APIRequestContext, role: string, name: string) {
  const admin = await adminToken(request)
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`
  const password = `${role}-password-1`
  const created = await request.post('/api/users', {
    headers: auth(admin),
    data: { email, password, name, roles: [role] },
  })
  expect(created.status(), await created.text()).toBe(201)
  return { email, password }
}

/** A phone in Indonesian, signed in as `who` (the admin follows the browser's language). */
async function staffPhone(
  browser: Browser,
  who: { email: string; password: string },
  locale = 'id-ID',
  viewport = PHONE,
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale, timezoneId: 'Asia/Jakarta' })
  const page = await context.newPage()
  const login = await page.request.post('/api/users/login', { data: who })
  expect(login.status()).toBe(200)
  return page
}

test('front desk on a phone, in Indonesian: a new request, WhatsApp, Confirm, the guest’s email, the board', async ({
  browser,
  request,
  mailDir,
}) => {
  test.setTimeout(150_000)
  const desk = await account(request, 'frontdesk', 'Rina Resepsionis')

  // A guest books through the public form, in Indonesian, for a day in the coming week.
  const guestContext = await browser.newContext({ viewport: PHONE, locale: 'id-ID' })
  const guest = await guestContext.newPage()
  await guest.goto('/id/pesan?service=pijat-deep-tissue&duration=90')
  const week = Array.from({ length: 6 }, (_, index) => jakartaDay(index + 1))
  const days = await guest
    .getByTestId('day-strip')
    .locator('a[data-date]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-date')))
  const date = days.find((day) => day && week.includes(day))
  expect(date, 'an open day in the coming week').toBeTruthy()
  await guest.goto(`/id/pesan?service=pijat-deep-tissue&duration=90&date=${date}`)
  const form = guest.getByTestId('booking-form')
  await form.getByRole('radio').first().check()
  await form.getByLabel('Nama Anda').fill('Tamu Papan')
  await form.getByLabel('Nomor telepon atau WhatsApp').fill('0812 5555 6666')
  await form.getByLabel('Email (opsional)').fill('tamu.papan@example.com')
  await guest.getByRole('button', { name: 'Kirim permintaan pemesanan' }).click()
  await expect(guest.getByTestId('booking-success')).toContainText('Tamu Papan')
  const reference = /AME-[A-Z0-9]{4}/.exec(
    (await guest.getByTestId('booking-success').textContent()) ?? '',
  )?.[0]
  expect(reference).toBeTruthy()
  await guestContext.close()

  // The desk signs in on the Indonesian login screen and lands on the board.
  const deskContext = await browser.newContext({
    viewport: PHONE,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  })
  const page = await deskContext.newPage()
  await deskContext.route('https://wa.me/**', (route) =>
    route.fulfill({ contentType: 'text/plain', body: 'WhatsApp' }),
  )
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(desk.email)
  await page.getByLabel('Kata Sandi').fill(desk.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page).toHaveURL(/\/admin\/today$/, ADMIN_LANDING)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papan hari ini')
  const row = page.getByTestId('board-waiting').getByTestId('board-row').filter({
    hasText: 'Tamu Papan',
  })
  await expect(row).toHaveAttribute('data-status', 'new')
  await expect(row.getByTestId('board-status')).toHaveText('Baru')
  await expect(row).toContainText('Pijat Deep Tissue 90 menit · Rp 625.000')
  await expect(row).toContainText('+62 812 5555 6666')
  await expect(row).toContainText(/masuk \d+ mnt lalu/)
  expect(await overflow(page)).toEqual([])

  // WhatsApp opens a chat with the guest, a confirmation in Indonesian with the reference.
  const whatsapp = row.getByTestId('desk-whatsapp')
  await expect(whatsapp).toHaveText('WhatsApp tamu')
  const href = new URL((await whatsapp.getAttribute('href')) ?? '')
  expect(href.origin + href.pathname).toBe('https://wa.me/6281255556666')
  expect(href.searchParams.get('text')).toContain(`Pesanan Anda ${reference} sudah dikonfirmasi`)
  expect(href.searchParams.get('text')).toContain('Pijat Deep Tissue 90 menit')
  const [chat] = await Promise.all([page.waitForEvent('popup'), whatsapp.click()])
  expect(chat.url()).toContain('wa.me/6281255556666')
  await chat.close()
  await expect(row.getByTestId('desk-call')).toHaveAttribute('href', 'tel:+6281255556666')

  // One tap confirms; the guest is emailed in Indonesian; the board names who confirmed.
  await row.getByTestId('desk-confirmed').click()
  await expect(
    page.getByTestId('board-waiting').getByTestId('board-row').filter({ hasText: 'Tamu Papan' }),
  ).toHaveCount(0)
  const confirmedMail = () =>
    mails(mailDir).find(
      (mail) => mail.to.includes('tamu.papan@example.com') && mail.subject.includes('dikonfirmasi'),
    )
  await expect.poll(confirmedMail, { timeout: 30_000 }).toBeTruthy()
  expect(confirmedMail()?.text).toContain(reference)

  await page.goto('/admin/today?range=week')
  const confirmed = page.getByTestId('board-day').getByTestId('board-row').filter({
    hasText: 'Tamu Papan',
  })
  await expect(confirmed.getByTestId('board-status')).toHaveText('Dikonfirmasi')
  await expect(confirmed.getByTestId('board-handled')).toContainText('Rina Resepsionis')
  await expect(confirmed.getByTestId('desk-arrived')).toHaveText('Sudah datang')
  expect(await overflow(page)).toEqual([])
  await page.screenshot({ path: test.info().outputPath('front-desk-board-id-390.png') })

  // The request itself reads as a ticket, with the actions at the bottom of the screen.
  await confirmed.getByTestId('board-open').click()
  const ticket = page.getByTestId('inquiry-ticket')
  await expect(ticket.getByTestId('ticket-summary')).toContainText(
    'Pijat Deep Tissue 90 menit · Rp 625.000 · dibalas dalam bahasa Indonesia',
  )
  await expect(ticket.getByTestId('ticket-phone')).toHaveAttribute('href', 'tel:+6281255556666')
  await expect(ticket.getByTestId('ticket-status')).toContainText('Rina Resepsionis')
  const bar = ticket.getByTestId('desk-actions')
  // Opened from the board, the ticket's styles may arrive a moment after its markup.
  const bottom = async () => {
    const box = await bar.boundingBox()
    return box ? box.y + box.height : null
  }
  await expect.poll(bottom).toBeLessThanOrEqual(PHONE.height + 1)
  expect(await bottom()).toBeGreaterThan(PHONE.height - 4)
  // Guests' details are text here, not greyed-out inputs the desk cannot change.
  await expect(page.locator('#field-name')).toHaveCount(0)
  await expect(page.locator('#field-phone')).toHaveCount(0)
  expect(await overflow(page)).toEqual([])
  await page.screenshot({ path: test.info().outputPath('front-desk-ticket-id-390.png') })

  // Declining from the ticket needs no scrolling and tells the guest why.
  // Tapped before the ticket's script has loaded, the button does nothing yet: tap again.
  const decline = bar.getByTestId('desk-decline')
  await expect(async () => {
    if ((await decline.getAttribute('aria-expanded')) !== 'true') await decline.click()
    await expect(decline).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await bar.getByLabel('Alasan yang dibaca tamu (opsional)').fill('Terapis kami sedang sakit.')
  await bar.getByTestId('desk-decline-send').click()
  await expect(page.getByTestId('ticket-status')).toContainText('Ditolak')
  const declinedMail = () =>
    mails(mailDir).find(
      (mail) =>
        mail.to.includes('tamu.papan@example.com') &&
        mail.subject.includes('belum dapat kami terima'),
    )
  await expect.poll(declinedMail, { timeout: 30_000 }).toBeTruthy()
  expect(declinedMail()?.text).toContain('Catatan kami: Terapis kami sedang sakit.')
  await page.context().close()
})

test('front desk records a phone booking: a date picker, the treatment’s lengths and the free times, and no way to create a treatment', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  const desk = await account(request, 'frontdesk', 'Dewi Desk')
  const page = await staffPhone(browser, desk, 'en-GB', { width: 1280, height: 900 })
  await page.goto('/admin/collections/inquiries/create')
  await expect(page.locator('#field-preferredDate')).toHaveAttribute('type', 'date', ADMIN_LANDING)
  await expect(
    page.locator('#field-service').getByRole('button', { name: /add new/i }),
  ).toHaveCount(0)
  await page.getByLabel('Name').fill('Phone Guest')
  await page.locator('#field-phone').fill('0812 7777 8888')
  await page.locator('#field-service').click()
  await page.getByRole('option', { name: 'Deep Tissue Massage' }).click()
  // The lengths arrive after the treatment is chosen: wait for them rather than read once.
  await expect(page.locator('#field-durationMinutes option')).toHaveText([
    '—',
    '60 min',
    '90 min',
    '120 min',
  ])
  await page.locator('#field-durationMinutes').selectOption('60')
  const date = jakartaDay(8)
  await page.locator('#field-preferredDate').fill(date)
  const first = page.locator('fieldset').getByRole('radio').first()
  await expect(first).toBeVisible()
  const time = await first.getAttribute('value')
  await first.check()
  await expect(page.locator('#field-preferredTime')).toHaveValue(time ?? '')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/inquiries\/[\w-]+$/)
  await expect(page.getByTestId('ticket-summary')).toContainText(`${time} WIB · Deep Tissue`)
  await expect(page.getByTestId('ticket-status')).toContainText('New')

  // Front desk may not touch the content: services, promotions, media, users (REST).
  const token = (
    (await (await request.post('/api/users/login', { data: desk })).json()) as { token: string }
  ).token
  for (const [path, body] of [
    ['/api/services', { name: 'X' }],
    ['/api/promotions', { title: 'X' }],
    ['/api/users', { email: 'x@example.com', password: 'xxxxxxxxxx', roles: ['admin'] }],
  ] as const) {
    expect((await request.post(path, { data: body, headers: auth(token) })).status()).toBe(403)
  }
  await page.context().close()
})
