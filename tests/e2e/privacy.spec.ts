import fs from 'node:fs'
import { expect, test } from './fixtures'
import { ADMIN, adminToken, auth, overflow } from './helpers'

const WORDS = {
  en: {
    book: '/en/book?service=deep-tissue-massage&duration=60',
    privacy: '/en/privacy',
    name: 'Your name',
    phone: 'Phone or WhatsApp number',
    email: 'Email (optional)',
    message: 'Message (optional)',
    submit: 'Send booking request',
    notice: 'erase them 365 days after your visit',
    hint: 'Tell us only what your therapist needs to know',
    after: 'We keep these details for 365 days after your visit',
  },
  id: {
    book: '/id/pesan?service=pijat-deep-tissue&duration=60',
    privacy: '/id/privasi',
    name: 'Nama Anda',
    phone: 'Nomor telepon atau WhatsApp',
    email: 'Email (opsional)',
    message: 'Catatan (opsional)',
    submit: 'Kirim permintaan pemesanan',
    notice: 'kami hapus 365 hari setelah kunjungan Anda',
    hint: 'Tulis hanya yang perlu diketahui terapis',
    after: 'Data ini kami simpan selama 365 hari setelah kunjungan Anda',
  },
} as const

/** The date in Jakarta `days` from today. */
const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() + days * 86_400_000),
  )

const marker = (what: string) => `${what}${Date.now().toString(36)}Qx`

test('the booking form and its result say what is kept, why and for how long, in both languages; the log never holds a guest’s details', async ({
  page,
  request,
  server,
  mailDir,
}) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 390, height: 844 })
  const markers: string[] = []
  for (const [locale, words] of Object.entries(WORDS)) {
    const name = marker(`Tamu${locale}`)
    const email = `${marker('mail')}@example.com`
    const message = marker('Cedera')
    const digits = String(Date.now()).slice(-7)
    markers.push(name, email, message, digits)

    // A day and a time of its own: other specs on this server book the first free times.
    await page.goto(`${words.book}&date=${inDays(locale === 'en' ? 4 : 5)}`)
    const form = page.getByTestId('booking-form')
    const notice = form.getByTestId('booking-legal')
    await expect(notice).toContainText(words.notice)
    await expect(notice.getByRole('link').first()).toHaveAttribute('href', words.privacy)
    await expect(form.locator('#booking-message-hint')).toContainText(words.hint)
    // Nothing to tick for what the booking itself needs.
    await expect(form.locator('input[type="checkbox"]')).toHaveCount(0)

    await page.getByTestId('free-times').getByRole('radio').last().check()
    await form.getByLabel(words.name).fill(name)
    await form.getByLabel(words.phone).fill(`0812 9${digits}`)
    await form.getByLabel(words.email).fill(email)
    await form.getByLabel(words.message).fill(message)
    await page.getByRole('button', { name: words.submit }).click()
    const success = page.getByTestId('booking-success')
    await expect(success).toBeVisible()
    await expect(success.getByTestId('booking-privacy')).toContainText(words.after)
    await expect(success.getByTestId('booking-privacy').getByRole('link')).toHaveAttribute(
      'href',
      words.privacy,
    )
    expect(await overflow(page)).toEqual([])
  }

  // Refused requests: their values must not be echoed into the log either.
  const badName = marker('Salah')
  markers.push(badName)
  const refused = await request.post('/api/inquiries', {
    data: {
      name: badName,
      phone: 'not a phone',
      preferredDate: '2020-01-01',
      preferredTime: '10:00',
    },
  })
  expect(refused.status()).toBe(400)
  const badGraphql = await request.post('/api/graphql', {
    data: {
      query: `mutation { createInquiry(data: { name: "${badName}", phone: "+6281200000000", email: "${badName}@", preferredDate: "2020-01-01", preferredTime: "10:00" }) { id } }`,
    },
  })
  expect(JSON.stringify(await badGraphql.json())).toMatch(/error/i)

  // The booking emails went out through the job runner (to the SMTP sink, where they belong).
  await expect
    .poll(
      () =>
        fs.existsSync(mailDir) &&
        fs
          .readdirSync(mailDir)
          .some((file) => fs.readFileSync(`${mailDir}/${file}`, 'utf8').includes(markers[0])),
      { timeout: 30_000 },
    )
    .toBe(true)
  const log = server.log()
  expect(log.length).toBeGreaterThan(0)
  expect(markers.filter((value) => log.includes(value))).toEqual([])
})

test('an admin answers a guest’s data request on a phone in Indonesian: finds, downloads, erases, and the audit trail shows it', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const token = await adminToken(request)
  const name = marker('Putri')
  const booked = await request.post('/api/inquiries', {
    headers: { 'X-Forwarded-For': '198.51.100.77' },
    data: {
      name,
      phone: '+6281377778888',
      email: 'putri@example.com',
      preferredDate: new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10),
      preferredTime: '13:00',
      message: 'Bahu kanan sakit.',
    },
  })
  expect(booked.status(), await booked.text()).toBe(201)
  const id = ((await booked.json()) as { doc: { id: string } }).doc.id

  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
  })
  const page = await context.newPage()
  expect((await page.request.post('/api/users/login', { data: ADMIN })).status()).toBe(200)
  await page.goto('/admin/guest-data')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data tamu: salin atau hapus', {
    timeout: 30_000,
  })
  await page.getByLabel('Nomor telepon atau email').fill('0813 7777 8888')
  await page.getByRole('button', { name: 'Cari' }).click()
  const result = page.getByTestId('guest-data-result')
  await expect(result).toContainText('1 permintaan pemesanan')
  expect(await overflow(page)).toEqual([])

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Unduh semua data (JSON)' }).click()
  const file = await (await download).path()
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { requests: { name: string }[] }
  expect(exported.requests.map((item) => item.name)).toEqual([name])

  const erase = page.getByRole('button', { name: 'Hapus semuanya' })
  await expect(erase).toBeDisabled()
  await page.getByLabel('Tamu memintanya').check()
  await erase.click()
  await expect(page.getByTestId('erase-done')).toContainText('Dihapus dari 1 permintaan')

  const after = await request.get(`/api/inquiries/${id}?depth=0`, { headers: auth(token) })
  const doc = (await after.json()) as Record<string, unknown>
  expect([doc.name ?? null, doc.phone, doc.email ?? null, doc.message ?? null]).toEqual([
    null,
    '',
    null,
    null,
  ])
  expect(doc.preferredTime).toBe('13:00')

  await page.goto('/admin/collections/audit-events')
  await expect(page.locator('.table')).toContainText('Menghapus data tamu', { timeout: 30_000 })
  await expect(page.locator('.table')).toContainText('Mengekspor data tamu')
  expect(await overflow(page)).toEqual([])
  await context.close()
})
