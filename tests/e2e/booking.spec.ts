import { expect, test, type Page } from '@playwright/test'
import { adminToken, auth } from './helpers'

type Inquiry = {
  name: string
  phone: string
  preferredDate: string
  preferredTime: string
  replyLanguage: string
  status: string
  service?: { name: string } | string | null
}

/** A Tuesday a few weeks ahead, always open 10:00–21:00 in the seeded hours. */
function nextTuesday(): string {
  const date = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000)
  while (date.getUTCDay() !== 2) date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

async function inquiries(page: Page, token: string): Promise<Inquiry[]> {
  const response = await page.request.get('/api/inquiries?limit=100&depth=1&sort=-createdAt', {
    headers: auth(token),
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: Inquiry[] }).docs
}

test.describe('booking requests', () => {
  test('anonymous visitors cannot read booking requests', async ({ request }) => {
    expect((await request.get('/api/inquiries')).status()).toBe(403)
  })

  test('validation errors are shown in Indonesian and what was typed is kept', async ({ page }) => {
    await page.goto('/id/kontak')
    const form = page.getByTestId('booking-form')
    await form.getByLabel('Nama Anda').fill('Budi')
    await form.getByLabel('Nomor telepon atau WhatsApp').fill('12')
    await form.getByLabel('Pesan (opsional)').fill('Punggung bawah sering pegal.')
    await form.getByRole('button', { name: 'Kirim permintaan pemesanan' }).click()

    await expect(page.getByTestId('booking-errors')).toContainText('Mohon perbaiki kolom')
    await expect(page.getByTestId('error-phone')).toHaveText(/8 sampai 15 digit/)
    await expect(page.getByTestId('error-date')).toHaveText('Mohon pilih tanggal.')
    await expect(page.getByTestId('error-time')).toHaveText('Mohon pilih jam.')
    await expect(form.getByLabel('Nama Anda')).toHaveValue('Budi')
    await expect(form.getByLabel('Pesan (opsional)')).toHaveValue('Punggung bawah sering pegal.')
    await expect(form.getByLabel('Nomor telepon atau WhatsApp')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
  })

  test('a valid request is confirmed, stored with the service, and visible to staff', async ({
    page,
  }) => {
    const token = await adminToken(page.request)
    const date = nextTuesday()
    await page.goto('/id/layanan/pijat-deep-tissue')
    const form = page.getByTestId('booking-form')
    await expect(form.getByLabel('Perawatan')).toHaveValue(/.+/)
    await form.getByLabel('Nama Anda').fill('Sari Wulandari')
    await form.getByLabel('Nomor telepon atau WhatsApp').fill('+62 812 1111 2222')
    await form.getByLabel('Tanggal yang diinginkan').fill(date)
    await form.getByLabel('Jam yang diinginkan (WIB)').fill('15:30')
    await form.getByRole('button', { name: 'Kirim permintaan pemesanan' }).click()
    await expect(page.getByTestId('booking-success')).toContainText('Terima kasih, Sari Wulandari!')

    const stored = (await inquiries(page, token)).find((doc) => doc.name === 'Sari Wulandari')
    expect(stored).toMatchObject({
      phone: '+6281211112222',
      preferredDate: date,
      preferredTime: '15:30',
      replyLanguage: 'id',
      status: 'new',
    })
    expect(typeof stored?.service === 'object' && stored?.service?.name).toBe('Deep Tissue Massage')
  })

  test('times outside opening hours are refused with the hours of that day', async ({ page }) => {
    await page.goto('/en/contact')
    const form = page.getByTestId('booking-form')
    await form.getByLabel('Your name').fill('Late Guest')
    await form.getByLabel('Phone or WhatsApp number').fill('+6281200000000')
    await form.getByLabel('Preferred date').fill(nextTuesday())
    await form.getByLabel('Preferred time (WIB)').fill('23:00')
    await form.getByRole('button', { name: 'Send booking request' }).click()
    await expect(page.getByTestId('error-time')).toHaveText(
      'On that day we take bookings between 10:00 and 21:00 WIB.',
    )
  })

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const token = await adminToken(page.request)
    await page.goto('/en/contact')
    const form = page.getByTestId('booking-form')
    await form.getByLabel('Your name').fill('No Script Guest')
    await form.getByLabel('Phone or WhatsApp number').fill('+6281233334444')
    await form.getByLabel('Preferred date').fill(nextTuesday())
    await form.getByLabel('Preferred time (WIB)').fill('11:00')
    await form.getByRole('button', { name: 'Send booking request' }).click()
    await expect(page.getByTestId('booking-success')).toContainText('Thank you, No Script Guest!')
    expect((await inquiries(page, token)).some((doc) => doc.name === 'No Script Guest')).toBe(true)
    await context.close()
  })

  test('the honeypot looks successful to bots but stores nothing', async ({ page }) => {
    const token = await adminToken(page.request)
    const before = (await inquiries(page, token)).length
    await page.goto('/en/contact')
    const form = page.getByTestId('booking-form')
    await form.getByLabel('Your name').fill('Spam Bot')
    await form.getByLabel('Phone or WhatsApp number').fill('+6281299998888')
    await form.getByLabel('Preferred date').fill(nextTuesday())
    await form.getByLabel('Preferred time (WIB)').fill('12:00')
    await page.locator('input[name="website"]').fill('http://spam.example', { force: true })
    await form.getByRole('button', { name: 'Send booking request' }).click()
    await expect(page.getByTestId('booking-success')).toBeVisible()
    expect((await inquiries(page, token)).length).toBe(before)
  })
})
