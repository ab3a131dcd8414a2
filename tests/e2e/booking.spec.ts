import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext, type Page } from './fixtures'
import ICAL from 'ical.js'
import { adminToken, auth, findBySlug, overflow } from './helpers'

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
  therapist?: { name: string } | string | null
  reference?: string | null
  promoCode?: string | null
  priceIdr?: number | null
  offerPriceIdr?: number | null
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

/** The day after `date` ("YYYY-MM-DD"). */
const dayAfter = (date: string, days = 1) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const PHONE = { width: 390, height: 844 }

/** Whether React has taken over the day links (before that, a click loads a new page). */
const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const link = document.querySelector('[data-testid="day-strip"] a')
    return Boolean(link && Object.keys(link).some((key) => key.startsWith('__reactProps')))
  })

/** Picks the day in the strip (a link: with JavaScript the times change in place). */
async function pickDay(page: Page, date: string) {
  await page.getByTestId('day-strip').locator(`a[data-date="${date}"]`).click()
  await expect(page.getByTestId('day-strip').locator(`a[data-date="${date}"]`)).toHaveAttribute(
    'aria-current',
    'date',
  )
}

async function fillGuest(page: Page, labels: Record<string, string>, name: string) {
  const form = page.getByTestId('booking-form')
  await form.getByLabel(labels.name).fill(name)
  await form.getByLabel(labels.phone).fill('0812 3333 4444')
}

const EN = {
  name: 'Your name',
  phone: 'Phone or WhatsApp number',
  submit: 'Send booking request',
}
const ID = {
  name: 'Nama Anda',
  phone: 'Nomor telepon atau WhatsApp',
  submit: 'Kirim permintaan pemesanan',
}

/** The free start times the page lists, as shown ("10:00" / "10.00"). */
const freeTimes = (page: Page) =>
  page
    .getByTestId('free-times')
    .getByRole('radio')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))

test.describe('booking requests', () => {
  test.use({ viewport: PHONE })

  test('anonymous visitors cannot read booking requests', async ({ request }) => {
    expect((await request.get('/api/inquiries')).status()).toBe(403)
  })

  test('from a 90-minute price row with an offer: chosen, priced, booked, kept with a calendar file', async ({
    page,
    mailDir,
  }) => {
    const token = await adminToken(page.request)
    const date = nextTuesday()
    await page.goto('/en/services/aromatherapy-relaxation-massage')
    const row = page.getByRole('row', { name: /90 min/ })
    await expect(row.getByTestId('promo-price')).toHaveText('IDR 436,000')
    // The row's WhatsApp message: one greeting, the treatment, its length and the code.
    const chatHref = (await row.getByTestId('whatsapp-option').getAttribute('href')) ?? ''
    expect(new URL(chatHref).searchParams.get('text')).toBe(
      'Hello Ame Spa, I would like to book Aromatherapy Relaxation Massage (90 min) with the promo code SLOWDOWN20. Which times are available?',
    )
    await row.getByTestId('book-option').click()

    await expect(page).toHaveURL(
      /\/en\/book\?service=aromatherapy-relaxation-massage&duration=90&promo=SLOWDOWN20$/,
    )
    const picker = page.getByTestId('treatment-picker')
    await expect(picker.getByLabel('Treatment')).toHaveValue('aromatherapy-relaxation-massage:90')
    await expect(picker.getByLabel('Treatment').locator('option:checked')).toHaveText(
      'Aromatherapy Relaxation Massage · 90 min · IDR 436,000 (IDR 545,000)',
    )
    // Every option names its treatment, and no two read alike.
    const labels = await picker.getByLabel('Treatment').locator('option').allTextContents()
    expect(new Set(labels).size).toBe(labels.length)
    await expect(picker.getByLabel('Promo code (optional)')).toHaveValue('SLOWDOWN20')
    await expect(page.getByTestId('booking-price')).toHaveText(
      'Price with SLOWDOWN20: IDR 436,000 (regular IDR 545,000)',
    )

    // The day changes in place: no new document is loaded.
    await hydrated(page)
    await page.evaluate(() => Object.assign(window, { samePage: true }))
    await pickDay(page, date)
    expect(await page.evaluate(() => 'samePage' in window)).toBe(true)
    expect(await overflow(page)).toEqual([])
    await page.getByRole('radio', { name: '10:00' }).check()
    await fillGuest(page, EN, 'Offer Guest')
    await page.getByTestId('booking-form').getByLabel('Email (optional)').fill('guest@example.com')
    await page.getByRole('button', { name: EN.submit }).click()

    const success = page.getByTestId('booking-success')
    await expect(success).toContainText('Thank you, Offer Guest!')
    const reference = (await success.getByTestId('booking-reference').textContent()) ?? ''
    expect(reference).toMatch(/^AME-[A-Z0-9]{4}$/)
    await expect(success).toContainText('Aromatherapy Relaxation Massage · 90 min')
    await expect(success).toContainText('10:00 WIB')
    await expect(success.getByTestId('booking-summary-price')).toHaveText(
      'IDR 436,000 with SLOWDOWN20 (regular IDR 545,000)',
    )
    await expect(success).toContainText(
      `We confirm within 30 minutes during opening hours, by WhatsApp or phone. Quote ${reference}`,
    )
    const chat = decodeURIComponent(
      (await success.getByTestId('whatsapp-link').getAttribute('href')) ?? '',
    )
    expect(chat).toContain(
      `text=Hello Ame Spa, about my booking request ${reference}: Aromatherapy Relaxation Massage, 90 min,`,
    )
    expect(chat).toContain('promo code SLOWDOWN20.')
    expect(chat.match(/Hello/g)).toHaveLength(1)

    // Labels above values on a phone, at 390 and 320 px.
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 800 })
      const card = await success.boundingBox()
      for (const value of await success.locator('dd').all()) {
        const box = await value.boundingBox()
        expect(box?.width ?? 0).toBeGreaterThan((card?.width ?? 0) * 0.7)
      }
      expect(await overflow(page)).toEqual([])
    }

    const ics = await page.request.get(
      (await success.getByTestId('add-to-calendar').getAttribute('href')) ?? '',
    )
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/)
    const event = new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')
    expect(String(event?.getFirstPropertyValue('summary'))).toBe(
      'Aromatherapy Relaxation Massage at Ame Spa Jakarta',
    )
    expect(String(event?.getFirstProperty('dtstart')?.getFirstValue())).toBe(`${date}T10:00:00`)
    expect(String(event?.getFirstProperty('dtend')?.getFirstValue())).toBe(`${date}T11:30:00`)

    const stored = (await inquiries(page.request, token)).find((doc) => doc.name === 'Offer Guest')
    expect(stored).toMatchObject({
      reference,
      preferredDate: date,
      preferredTime: '10:00',
      durationMinutes: 90,
      promoCode: 'SLOWDOWN20',
      priceIdr: 545000,
      offerPriceIdr: 436000,
      replyLanguage: 'en',
    })
    await expect
      .poll(() => mails(mailDir).find((mail) => mail.subject.includes('Offer Guest')), {
        timeout: 30_000,
      })
      .toBeTruthy()
    // The spa's email (in Indonesian, the staff language) carries the same price.
    const spaMail = mails(mailDir).find((mail) => mail.subject.includes('Offer Guest'))
    expect(spaMail?.text).toContain('Harga: Rp 436.000 dengan kode SLOWDOWN20 (normal Rp 545.000)')
  })

  test('from a therapist page in Indonesian: their times only, gone once booked, told of the outcome, free again after cancelling', async ({
    page,
    mailDir,
  }) => {
    const date = nextTuesday()
    await page.goto('/id/terapis/made-wirawan')
    await page.getByRole('link', { name: 'Pesan sesi bersama Made Wirawan' }).click()
    await expect(page).toHaveURL(/\/id\/pesan\?therapist=made-wirawan$/)
    const picker = page.getByTestId('treatment-picker')
    await expect(picker.getByLabel('Terapis')).toHaveValue('made-wirawan')
    await picker.getByLabel('Perawatan').selectOption({
      label: 'Pijat Deep Tissue · 90 menit · Rp 625.000',
    })
    await picker.getByRole('button', { name: 'Lihat jam kosong' }).click()
    await expect(page.getByTestId('booking-price')).toHaveText('Harga: Rp 625.000')
    await expect(page.getByTestId('treatment-picker').getByLabel('Terapis')).toHaveValue(
      'made-wirawan',
    )
    await pickDay(page, date)
    // Made starts at 12:00 on Tuesdays; a 90-minute session must end by his 20:00.
    const times = await freeTimes(page)
    expect(times[0]).toBe('12:00')
    expect(times.at(-1)).toBe('18:30')
    await page.getByRole('radio', { name: '12.00' }).check()
    await fillGuest(page, ID, 'Tamu Made')
    await page
      .getByTestId('booking-form')
      .getByLabel('Email (opsional)')
      .fill('tamu.made@example.com')
    await page.getByRole('button', { name: ID.submit }).click()
    const success = page.getByTestId('booking-success')
    await expect(success).toContainText('Terima kasih, Tamu Made!')
    await expect(success).toContainText('Made Wirawan')
    await expect(success).toContainText('12.00 WIB')
    await expect(success.getByTestId('booking-summary-price')).toHaveText('Rp 625.000')
    expect(await overflow(page)).toEqual([])

    // The next visitor asking for Made that day no longer sees 12:00 (nor the times it covers).
    await page.goto(
      `/id/pesan?service=pijat-deep-tissue&duration=90&therapist=made-wirawan&date=${date}`,
    )
    const after = await freeTimes(page)
    expect(after).not.toContain('12:00')
    // 12:00–13:30, then the 15 minutes between sessions: 14:00 is his next start.
    expect(after).not.toContain('13:30')
    expect(after[0]).toBe('14:00')

    // Staff confirm: the guest is told in Indonesian, with the link to see and cancel it.
    const token = await adminToken(page.request)
    const stored = (await inquiries(page.request, token)).find((doc) => doc.name === 'Tamu Made')
    const confirm = await page.request.patch(`/api/inquiries/${stored?.id}`, {
      data: { status: 'confirmed' },
      headers: auth(token),
    })
    expect(confirm.status()).toBe(200)
    const confirmedMail = () =>
      mails(mailDir).find(
        (mail) =>
          mail.to.includes('tamu.made@example.com') && mail.subject.includes('dikonfirmasi'),
      )
    await expect.poll(confirmedMail, { timeout: 30_000 }).toBeTruthy()
    const link = /https?:\/\/\S+\/id\/pesan\/permintaan\/\S+/.exec(confirmedMail()?.text ?? '')?.[0]
    expect(link).toBeTruthy()
    await page.goto(new URL(link ?? '').pathname)
    await expect(page.getByTestId('guest-request-status')).toHaveText(
      'Sudah dikonfirmasi. Kami menantikan kedatangan Anda.',
    )
    expect(await overflow(page)).toEqual([])
    await page.getByRole('button', { name: 'Batalkan permintaan ini' }).click()
    await expect(page.getByTestId('guest-request-status')).toHaveText(
      'Dibatalkan. Jam tersebut kini tersedia untuk tamu lain.',
    )
    await expect(page.getByTestId('guest-cancel')).toHaveCount(0)
    await page.goto(
      `/id/pesan?service=pijat-deep-tissue&duration=90&therapist=made-wirawan&date=${date}`,
    )
    expect((await freeTimes(page))[0]).toBe('12:00')
  })

  test('from an offer page: the code is carried and every treatment shows its offer price', async ({
    page,
  }) => {
    await page.goto('/en/promotions/slow-down-season')
    await page.getByTestId('promotion-book').click()
    await expect(page).toHaveURL(/\/en\/book\?promo=SLOWDOWN20$/)
    const picker = page.getByTestId('treatment-picker')
    await expect(picker.getByLabel('Promo code (optional)')).toHaveValue('SLOWDOWN20')
    await picker.getByLabel('Treatment').selectOption({
      label: 'Evening Sleep Ritual · 75 min · IDR 340,000 (IDR 425,000)',
    })
    await picker.getByRole('button', { name: 'Show free times' }).click()
    await expect(page.getByTestId('booking-price')).toHaveText(
      'Price with SLOWDOWN20: IDR 340,000 (regular IDR 425,000)',
    )
    // Late in the evening (WIB) today has no times left: the page offers the next free day.
    const nextDay = page.getByRole('link', { name: /^Next free day/ })
    if (await nextDay.isVisible()) await nextDay.click()
    await expect(page.getByTestId('free-times').getByRole('radio').first()).toBeVisible()
  })

  for (const lang of [
    {
      locale: 'en',
      service: '/en/services/aromatherapy-relaxation-massage',
      row: /90 min/,
      treatment: 'aromatherapy-relaxation-massage:90',
      price: 'Price with SLOWDOWN20: IDR 436,000 (regular IDR 545,000)',
      therapistPage: '/en/therapists/dewi-lestari',
      bookWith: 'Book with Dewi Lestari',
      therapistLabel: 'Therapist',
      offer: '/en/promotions/slow-down-season',
      codeLabel: 'Promo code (optional)',
      guide: '/en/guide/sleep/light/none',
      book: '/en/book',
    },
    {
      locale: 'id',
      service: '/id/layanan/pijat-relaksasi-aromaterapi',
      row: /90 menit/,
      treatment: 'pijat-relaksasi-aromaterapi:90',
      price: 'Harga dengan SLOWDOWN20: Rp 436.000 (normal Rp 545.000)',
      therapistPage: '/id/terapis/dewi-lestari',
      bookWith: 'Pesan sesi bersama Dewi Lestari',
      therapistLabel: 'Terapis',
      offer: '/id/promo/promo-slow-down',
      codeLabel: 'Kode promo (opsional)',
      guide: '/id/panduan/sleep/light/none',
      book: '/id/pesan',
    },
  ]) {
    test(`${lang.locale}: price rows, therapist pages and offers open the booking with their choices made`, async ({
      page,
    }) => {
      const picker = page.getByTestId('treatment-picker')
      await page.goto(lang.service)
      await page.getByRole('row', { name: lang.row }).getByTestId('book-option').click()
      await expect(picker.locator('select[name="treatment"]')).toHaveValue(lang.treatment)
      await expect(page.getByTestId('booking-price')).toHaveText(lang.price)
      await expect(page.getByTestId('free-times').getByRole('radio').first()).toBeVisible()
      expect(await overflow(page)).toEqual([])

      await page.goto(lang.therapistPage)
      await page.getByRole('link', { name: lang.bookWith }).click()
      await expect(picker.getByLabel(lang.therapistLabel)).toHaveValue('dewi-lestari')

      await page.goto(lang.offer)
      await page.getByTestId('promotion-book').click()
      await expect(picker.getByLabel(lang.codeLabel)).toHaveValue('SLOWDOWN20')
      expect(await overflow(page)).toEqual([])

      // The phone booking bar keeps the page's context too: the service, the guide's answer.
      const barLink = () => page.getByTestId('booking-bar').locator('a').last()
      await page.goto(lang.service)
      await expect(barLink()).toHaveAttribute(
        'href',
        `${lang.book}?service=${lang.treatment.split(':')[0]}`,
      )
      await page.goto(lang.guide)
      await expect(barLink()).toHaveAttribute(
        'href',
        new RegExp(`^${lang.book}\\?service=[a-z-]+$`),
      )
    })
  }

  test('an unknown or stale choice in the address is dropped with a note, never an error page', async ({
    page,
  }) => {
    const response = await page.goto(
      '/en/book?service=no-such-massage&duration=999&therapist=nobody&promo=NOPE&date=1999-01-01',
    )
    expect(response?.status()).toBe(200)
    const notes = page.getByTestId('booking-notes')
    await expect(notes).toContainText('The treatment in your link is not offered any more')
    await expect(notes).toContainText('That therapist cannot be booked at the moment')
    await expect(notes).toContainText('The code NOPE was not applied')
    await page.goto('/en/book?service=deep-tissue-massage&duration=45&therapist=dewi-lestari')
    await expect(page.getByTestId('booking-notes')).toContainText(
      'That session length is not offered for this treatment; we chose 60 min.',
    )
    await expect(page.getByTestId('booking-notes')).toContainText(
      'Dewi Lestari does not give this treatment; any therapist is chosen.',
    )
    await expect(page.getByTestId('treatment-picker').getByLabel('Treatment')).toHaveValue(
      'deep-tissue-massage:60',
    )
  })

  test('refusals are shown in Indonesian and the choices and what was typed are kept', async ({
    page,
  }) => {
    const date = dayAfter(nextTuesday())
    await page.goto(`/id/pesan?service=pijat-deep-tissue&duration=60&date=${date}`)
    await page.getByRole('radio', { name: '14.00' }).check()
    const form = page.getByTestId('booking-form')
    await form.getByLabel('Nama Anda').fill('Budi')
    await form.getByLabel('Nomor telepon atau WhatsApp').fill('12')
    await form.getByLabel('Catatan (opsional)').fill('Punggung bawah sering pegal.')
    await form.getByRole('button', { name: ID.submit }).click()
    await expect(page.getByTestId('error-phone')).toContainText('nomor yang bisa kami telepon')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Mohon periksa permintaan Anda',
    )
    const again = page.getByTestId('booking-form')
    await expect(again.getByLabel('Nama Anda')).toHaveValue('Budi')
    await expect(again.getByLabel('Catatan (opsional)')).toHaveValue('Punggung bawah sering pegal.')
    await expect(page.getByRole('radio', { name: '14.00' })).toBeChecked()
    await expect(page.getByTestId('treatment-picker').getByLabel('Perawatan')).toHaveValue(
      'pijat-deep-tissue:60',
    )
    expect(await overflow(page)).toEqual([])
  })

  test('works without JavaScript, from the booking page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
    const page = await context.newPage()
    const token = await adminToken(page.request)
    await page.goto('/en/book')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Book a treatment')
    await expect(page.getByTestId('whatsapp-link').first()).toHaveAttribute(
      'href',
      /^https:\/\/wa\.me\//,
    )
    const picker = page.getByTestId('treatment-picker')
    await picker.getByLabel('Treatment').selectOption({
      label: 'Back, Neck & Shoulder Relief · 45 min · IDR 325,000',
    })
    await picker.getByRole('button', { name: 'Show free times' }).click()
    await pickDay(page, nextTuesday())
    await page.getByRole('radio', { name: '16:00' }).check()
    await fillGuest(page, EN, 'No Script Guest')
    await page.getByRole('button', { name: EN.submit }).click()
    await expect(page.getByTestId('booking-success')).toContainText('Thank you, No Script Guest!')
    expect(
      (await inquiries(page.request, token)).find((doc) => doc.name === 'No Script Guest'),
    ).toMatchObject({ preferredTime: '16:00', durationMinutes: 45 })
    await context.close()
  })

  test('twenty simultaneous requests for the last place: exactly one is stored', async ({
    request,
  }) => {
    const made = await findBySlug(request, 'therapists', 'made-wirawan')
    const service = await findBySlug(request, 'services', 'deep-tissue-massage')
    const date = dayAfter(nextTuesday(), 8)
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        request.post('/api/inquiries', {
          data: {
            name: `Parallel ${index}`,
            phone: '+6281200000001',
            service: service.id,
            durationMinutes: 60,
            therapist: made.id,
            preferredDate: date,
            preferredTime: '15:00',
          },
          // Twenty visitors behind the trusted proxy, each under the request limit.
          headers: { 'X-Forwarded-For': `198.51.100.${index + 10}` },
        }),
      ),
    )
    const statuses = responses.map((response) => response.status()).sort()
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(19)
    // Logged in only now: staff recording a booking are warned of an overlap, not refused.
    const token = await adminToken(request)
    const refused = await responses.find((response) => response.status() === 409)?.json()
    expect(refused.errors[0].message).toMatch(/That time has just been taken/)
    const stored = (await inquiries(request, token)).filter(
      (doc) => doc.preferredDate === date && doc.name.startsWith('Parallel '),
    )
    expect(stored).toHaveLength(1)
  })

  test('the honeypot looks successful to bots but stores nothing', async ({ page }) => {
    const token = await adminToken(page.request)
    const before = (await inquiries(page.request, token)).length
    await page.goto(
      `/en/book?service=deep-tissue-massage&duration=60&date=${dayAfter(nextTuesday())}`,
    )
    await page.getByRole('radio', { name: '11:00' }).check()
    await fillGuest(page, EN, 'Spam Bot')
    await page.locator('input[name="website"]').fill('http://spam.example', { force: true })
    await page.getByRole('button', { name: EN.submit }).click()
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
      viewport: PHONE,
      extraHTTPHeaders: { 'X-Forwarded-For': 'anything, 203.0.113.77' },
    })
    const page = await context.newPage()
    await page.goto(`/id/pesan?service=pijat-deep-tissue&duration=60&date=${nextTuesday()}`)
    // Any free time that day will do: what is tested is the limit's message. (The day must be in
    // the planner's 14 days, or it opens on today, whose free times depend on the clock.)
    await expect(page.getByTestId('day-strip').locator('[aria-current="date"]')).toHaveAttribute(
      'data-date',
      nextTuesday(),
    )
    await page.getByTestId('free-times').getByRole('radio').first().check()
    await fillGuest(page, ID, 'Blocked Guest')
    await page.getByRole('button', { name: ID.submit }).click()
    await expect(page.getByTestId('booking-errors')).toHaveText(
      /Terlalu banyak permintaan dari koneksi Anda\. Silakan coba lagi dalam \d+ menit, atau hubungi kami lewat WhatsApp\./,
    )
    await expect(page.getByTestId('whatsapp-link').first()).toBeVisible()
    await context.close()
  })
})
