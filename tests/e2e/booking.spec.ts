import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext, type Page } from './fixtures'
import { adminToken, auth } from './helpers'

type Inquiry = {
  id: string
  name: string
  phone: string
  preferredDate: string
  preferredTime: string
  replyLanguage: string
  status: string
  durationMinutes?: number | null
  service?: { name: string } | string | null
}
type Mail = { to: string[]; subject: string; text: string }

/** A Tuesday 7–13 days ahead, open 10:00–21:00 in the seeded hours. */
function nextTuesday(): string {
  for (let days = 7; days < 14; days += 1) {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
      new Date(Date.now() + days * 86_400_000),
    )
    if (new Date(`${date}T12:00:00+07:00`).getUTCDay() === 2) return date
  }
  throw new Error('unreachable')
}

async function inquiries(request: APIRequestContext, token: string): Promise<Inquiry[]> {
  const response = await request.get('/api/inquiries?limit=200&depth=1&sort=-createdAt', {
    headers: auth(token),
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: Inquiry[] }).docs
}

/** Emails the SMTP server beside the app has received so far. */
const mails = (mailDir: string): Mail[] =>
  fs.existsSync(mailDir)
    ? fs
        .readdirSync(mailDir)
        .map((file) => JSON.parse(fs.readFileSync(path.join(mailDir, file), 'utf8')) as Mail)
    : []

async function fillValid(page: Page, labels: Record<string, string>, name: string, time = '11:00') {
  const form = page.getByTestId('booking-form')
  await form.getByLabel(labels.name).fill(name)
  await form.getByLabel(labels.phone).fill('0812 3333 4444')
  await form.getByLabel(labels.date).fill(nextTuesday())
  await form.getByLabel(labels.time).fill(time)
}

const EN = {
  name: 'Your name',
  phone: 'Phone or WhatsApp number',
  date: 'Preferred date',
  time: 'Preferred time (WIB)',
  submit: 'Send booking request',
}

test.describe('booking requests', () => {
  test('anonymous visitors cannot read booking requests', async ({ request }) => {
    expect((await request.get('/api/inquiries')).status()).toBe(403)
  })

  test('refusals are shown in Indonesian and what was typed is kept', async ({ page }) => {
    await page.goto('/id/kontak')
    const form = page.getByTestId('booking-form')
    await form.getByLabel('Nama Anda').fill('Budi')
    await form.getByLabel('Nomor telepon atau WhatsApp').fill('12')
    await form.getByLabel('Pesan (opsional)').fill('Punggung bawah sering pegal.')
    await form.getByRole('button', { name: 'Kirim permintaan pemesanan' }).click()

    await expect(page).toHaveURL(/\/id\/pesan\/[\w-]+$/)
    await expect(page).toHaveTitle(/Permintaan pemesanan Anda/)
    await expect(page.getByTestId('booking-errors')).toContainText('Mohon perbaiki kolom')
    await expect(page.getByTestId('error-phone')).toHaveText(/nomor yang bisa kami telepon/)
    await expect(page.getByTestId('error-preferredDate')).toHaveText('Mohon pilih tanggal.')
    await expect(page.getByTestId('error-preferredTime')).toHaveText('Mohon pilih jam.')
    const again = page.getByTestId('booking-form')
    await expect(again.getByLabel('Nama Anda')).toHaveValue('Budi')
    await expect(again.getByLabel('Pesan (opsional)')).toHaveValue('Punggung bawah sering pegal.')
    await expect(again.getByLabel('Nomor telepon atau WhatsApp')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  })

  test('a valid request is summed up, stored with its treatment and emailed to the spa', async ({
    page,
    mailDir,
  }) => {
    const token = await adminToken(page.request)
    const date = nextTuesday()
    await page.goto('/id/layanan/pijat-deep-tissue')
    const form = page.getByTestId('booking-form')
    await expect(form.getByLabel('Perawatan')).toHaveValue(/:60$/)
    await form.getByLabel('Perawatan').selectOption({ label: '90 menit · Rp 625.000' })
    await form.getByLabel('Nama Anda').fill('Sari Wulandari')
    await form.getByLabel('Nomor telepon atau WhatsApp').fill('0812 1111 2222')
    await form.getByLabel('Tanggal yang diinginkan').fill(date)
    await form.getByLabel('Jam yang diinginkan (WIB)').fill('15:30')
    await form.getByRole('button', { name: 'Kirim permintaan pemesanan' }).click()

    const success = page.getByTestId('booking-success')
    await expect(success).toContainText('Terima kasih, Sari Wulandari!')
    await expect(success).toContainText('Pijat Deep Tissue · 90 menit')
    await expect(success).toContainText('15.30 WIB')
    await expect(success.getByTestId('whatsapp-link')).toBeVisible()

    // On a 390 px phone each value has the width of the card, label above it: side by side, the
    // long Indonesian labels once left the values one letter per line.
    await page.setViewportSize({ width: 390, height: 800 })
    const card = await success.boundingBox()
    for (const value of await success.locator('dd').all()) {
      const box = await value.boundingBox()
      expect(box?.width ?? 0).toBeGreaterThan((card?.width ?? 0) * 0.7)
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

    const stored = (await inquiries(page.request, token)).find(
      (doc) => doc.name === 'Sari Wulandari',
    )
    expect(stored).toMatchObject({
      phone: '+6281211112222',
      preferredDate: date,
      preferredTime: '15:30',
      durationMinutes: 90,
      replyLanguage: 'id',
      status: 'new',
    })
    expect(typeof stored?.service === 'object' && stored?.service?.name).toBe('Deep Tissue Massage')

    // The job runner sends the spa's email within seconds, through the SMTP server.
    await expect
      .poll(() => mails(mailDir).find((mail) => mail.subject.includes('Sari Wulandari')), {
        timeout: 30_000,
      })
      .toBeTruthy()
    const mail = mails(mailDir).find((entry) => entry.subject.includes('Sari Wulandari')) as Mail
    expect(mail.to).toEqual(['hello@amespa.example'])
    expect(mail.subject).toMatch(
      /^Permintaan pemesanan baru: Sari Wulandari · Selasa, .* 15\.30 WIB$/,
    )
    expect(mail.text).toContain(`/admin/collections/inquiries/${stored?.id}`)
  })

  test('times outside opening hours are refused with the hours of that day', async ({ page }) => {
    await page.goto('/en/contact')
    await fillValid(page, EN, 'Late Guest', '23:00')
    await page.getByTestId('booking-form').getByRole('button', { name: EN.submit }).click()
    await expect(page.getByTestId('error-preferredTime')).toHaveText(
      'On that day we take bookings between 10:00 and 21:00 WIB.',
    )
  })

  test('works without JavaScript, from the booking page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const token = await adminToken(page.request)
    await page.goto('/en/book')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Book a treatment')
    await expect(page.getByTestId('whatsapp-link').first()).toHaveAttribute(
      'href',
      /^https:\/\/wa\.me\//,
    )
    await fillValid(page, EN, 'No Script Guest')
    await page.getByTestId('booking-form').getByRole('button', { name: EN.submit }).click()
    await expect(page.getByTestId('booking-success')).toContainText('Thank you, No Script Guest!')
    expect(
      (await inquiries(page.request, token)).some((doc) => doc.name === 'No Script Guest'),
    ).toBe(true)
    await context.close()
  })

  test('the honeypot looks successful to bots but stores nothing', async ({ page }) => {
    const token = await adminToken(page.request)
    const before = (await inquiries(page.request, token)).length
    await page.goto('/en/contact')
    await fillValid(page, EN, 'Spam Bot')
    await page.locator('input[name="website"]').fill('http://spam.example', { force: true })
    await page.getByTestId('booking-form').getByRole('button', { name: EN.submit }).click()
    await expect(page.getByTestId('booking-success')).toBeVisible()
    expect((await inquiries(page.request, token)).length).toBe(before)
  })

  test('the limit counts the real address: forged X-Forwarded-For entries do not bypass it', async ({
    browser,
    request,
  }) => {
    // The tests play the trusted proxy: it appends 203.0.113.77, the visitor forged the rest.
    const body = {
      name: 'Flood',
      phone: '+6281200000000',
      preferredDate: nextTuesday(),
      preferredTime: '12:00',
    }
    const statuses: number[] = []
    for (let i = 0; i < 21; i += 1) {
      const response = await request.post('/api/inquiries', {
        data: body,
        headers: { 'X-Forwarded-For': `10.9.${i}.1, 203.0.113.77` },
      })
      statuses.push(response.status())
    }
    expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true)
    expect(statuses[20]).toBe(429)

    // The same visitor in the form gets a clear message, not "something went wrong".
    const context = await browser.newContext({
      extraHTTPHeaders: { 'X-Forwarded-For': 'anything, 203.0.113.77' },
    })
    const page = await context.newPage()
    await page.goto('/id/pesan')
    await fillValid(
      page,
      {
        name: 'Nama Anda',
        phone: 'Nomor telepon atau WhatsApp',
        date: 'Tanggal yang diinginkan',
        time: 'Jam yang diinginkan (WIB)',
      },
      'Blocked Guest',
    )
    await page.getByRole('button', { name: 'Kirim permintaan pemesanan' }).click()
    await expect(page.getByTestId('booking-errors')).toHaveText(
      /Terlalu banyak permintaan dari koneksi Anda\. Silakan coba lagi dalam \d+ menit, atau hubungi kami via WhatsApp\./,
    )
    await expect(page.getByTestId('whatsapp-link').first()).toBeVisible()
    await context.close()
  })
})
