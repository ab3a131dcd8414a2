import { expect, test, type APIRequestContext, type Page } from './fixtures'
import { ADMIN, adminLogin, adminToken, auth } from './helpers'

/**
 * The admin in Indonesian, walked as an Indonesian member of staff sees it: every screen they use
 * fails the test if it shows an English interface word or a raw translation key.
 */

/** English interface words that must not appear in the Indonesian admin (whole words). */
const ENGLISH_UI = [
  'Add',
  'Attempts',
  'Back',
  'Bookings?',
  'Booking requests?',
  'Cancel',
  'Choose',
  'Collapse',
  'Columns',
  'Completed At',
  'Confirmed',
  'Create',
  'Created',
  'Dashboard',
  'Declined',
  'Delete',
  'Description',
  'Drag',
  'Draft',
  'Edit',
  'English',
  'Failed',
  'Front desk',
  'Has Error',
  'Items',
  'Language',
  'Last Modified',
  'Loading',
  'Locale',
  'Log out',
  'Massage types',
  'minutes?',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Notifications',
  'Opening Hours?',
  'Per Page',
  'Processing',
  'Promotions?',
  'Publish',
  'Published',
  'Question',
  'Queue',
  'Remove',
  'Save',
  'Search',
  'Select',
  'Services',
  'Settings',
  'Show',
  'Social Link',
  'Specialt(?:y|ies)',
  'Speciality',
  'State',
  'Status changed',
  'Task',
  'Text',
  'Therapists',
  'Title',
  'Today',
  'Translations',
  'Untitled',
  'Upload',
  'Users',
  'Versions?',
  'Waiting',
  'AM',
  'PM',
  'true',
  'false',
]
const ENGLISH = new RegExp(`(?<![\\w-])(?:${ENGLISH_UI.join('|')})(?![\\w-])`)
/** "lexical:general:placeholder", "general:edit", "[object Object]". */
const RAW_KEY =
  /\b(?:lexical|general|fields|version|error|authentication):[a-zA-Z]+|\[object Object\]/

/** Visible text, and the accessible names and placeholders of visible elements. */
async function visibleWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect()
      const style = getComputedStyle(element)
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
    }
    const out = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      const parent = node.parentElement
      const text = node.textContent?.trim()
      if (!parent || !text || parent.closest('script, style, [contenteditable="true"]')) continue
      if (shown(parent)) out.add(text)
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder]')) {
      if (!shown(element)) continue
      for (const attribute of ['aria-label', 'placeholder']) {
        const value = element.getAttribute(attribute)
        if (value) out.add(value)
      }
    }
    return [...out]
  })
}

async function englishOn(page: Page): Promise<string[]> {
  const words = await visibleWords(page)
  return words
    .filter((text) => ENGLISH.test(text) || RAW_KEY.test(text))
    .map((text) => `${new URL(page.url()).pathname}: "${text}"`)
}

async function signInIndonesian(page: Page, who: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(who.email)
  await page.getByLabel('Kata Sandi').fill(who.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page).toHaveURL(/\/admin(?:\/today)?$/, { timeout: 30_000 })
}

async function firstId(request: APIRequestContext, token: string, collection: string) {
  const response = await request.get(`/api/${collection}?limit=1&depth=0`, {
    headers: auth(token),
  })
  const docs = ((await response.json()) as { docs: { id: string }[] }).docs
  return docs[0]?.id
}

const COLLECTIONS = [
  'services',
  'modalities',
  'techniques',
  'therapists',
  'media',
  'comparisons',
  'promotions',
  'inquiries',
  'slug-redirects',
  'users',
  'payload-jobs',
]

test('the Indonesian admin shows no English interface words and no raw keys, on every screen', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const token = await adminToken(request)
  const paths = ['/admin', '/admin/today', '/admin/globals/site-settings', '/admin/account']
  for (const collection of COLLECTIONS) {
    paths.push(`/admin/collections/${collection}`)
    if (collection !== 'payload-jobs') paths.push(`/admin/collections/${collection}/create`)
    const id = await firstId(request, token, collection)
    if (id) paths.push(`/admin/collections/${collection}/${id}`)
  }

  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' })
  const page = await context.newPage()
  await signInIndonesian(page, ADMIN)

  const found: string[] = []
  for (const path of paths) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    found.push(...(await englishOn(page)))
  }

  // The content being edited starts in Indonesian, and fields carry a short language chip.
  await page.goto(`/admin/collections/services/${await firstId(request, token, 'services')}`)
  await expect(page.locator('.localizer')).toContainText('Bahasa Indonesia')
  const chip = await page
    .locator('.field-label .localized')
    .first()
    .evaluate((element) => getComputedStyle(element, '::after').content.split(' / ')[0])
  expect(chip).toBe('"ID"')
  // Dates as Indonesian writes them: "3 Des 2026, 00.48".
  await expect(page.locator('.doc-controls')).toContainText(
    /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}\.\d{2}/,
  )

  // A validation error and the publish dialog, in Indonesian.
  await page.goto('/admin/collections/promotions/create')
  await page.getByLabel('Kode promo').fill('abc')
  await page.getByRole('button', { name: 'Publikasikan', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Publikasikan tanpa bahasa Inggris dan bahasa Indonesia?')
  found.push(...(await englishOn(page)))
  await dialog.getByRole('button', { name: 'Tetap publikasikan' }).click()
  // Payload lists the invalid fields in a toast (its messages come from the collections, in the
  // admin's language; tests/unit/bad-input.test.ts reads them through REST).
  const invalid = page.locator('.payload-toast-container')
  await expect(invalid).toContainText('Isian-isian berikut tidak valid')
  await expect(invalid).toContainText('Kode promo')
  found.push(...(await englishOn(page)))

  expect(found).toEqual([])
  await context.close()
})

test('field labels follow each admin’s own language, whichever language opened the screen first', async ({
  browser,
  request,
}) => {
  // Payload kept one copy of a collection's server-rendered fields (rich text, custom fields) for
  // every language: after an English admin opened promotions, Indonesian staff read "Text" and
  // "Translations" there (seen in CI), and the other way round.
  await adminToken(request)
  const english = await browser.newContext({ locale: 'en-GB', timezoneId: 'Asia/Jakarta' })
  const indonesian = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' })
  const en = await english.newPage()
  await adminLogin(en)
  const id = await indonesian.newPage()
  await signInIndonesian(id, ADMIN)
  const visits = [
    { page: en, labels: ['Text', 'Translations'] },
    { page: id, labels: ['Isi', 'Terjemahan'] },
    { page: en, labels: ['Text', 'Translations'] },
  ]
  for (const { page, labels } of visits) {
    await page.goto('/admin/collections/promotions/create')
    await page.waitForLoadState('networkidle')
    for (const label of labels) {
      await expect(
        page.locator('.field-label', {
          hasText: new RegExp(`^${label}\\s*\\*?\\s*(?:— [a-z]{2})?$`),
        }),
      ).toHaveCount(1)
    }
  }
  await english.close()
  await indonesian.close()
})

test('the word check catches English and raw keys (it can fail)', () => {
  for (const text of ['Save Draft', 'Opening Hour 01', 'lexical:general:placeholder', '12:48 AM']) {
    expect(ENGLISH.test(text) || RAW_KEY.test(text), text).toBe(true)
  }
  for (const text of ['Simpan Draf', 'Hari 01', '3 Des 2026, 00.48', 'https://example.com']) {
    expect(ENGLISH.test(text) || RAW_KEY.test(text), text).toBe(false)
  }
})

const jakartaMidnight = (daysAhead: number) => {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() + daysAhead * 86_400_000),
  )
  return new Date(`${day}T00:00:00+07:00`).toISOString()
}

test('the translation check tells the truth, and a cancelled publish keeps what was typed', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const token = await adminToken(request)
  const title = `Pekan tenang ${Date.now()}`
  const created = await request.post('/api/promotions?locale=id', {
    headers: auth(token),
    data: {
      title,
      summary: 'Diskon 10% untuk semua pijat selama satu minggu.',
      startsAt: jakartaMidnight(10),
      endsAt: jakartaMidnight(17),
      discountType: 'percentage',
      percentOff: 10,
      appliesToAll: true,
      _status: 'draft',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const promotion = ((await created.json()) as { doc: { id: string } }).doc

  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' })
  const page = await context.newPage()
  await signInIndonesian(page, ADMIN)
  const status = page.getByTestId('translation-status')

  // A new document is missing both languages, and the status follows what is typed.
  await page.goto('/admin/collections/promotions/create')
  await expect(status).toContainText('EN belum diisi · ID belum diisi')
  await page.locator('#field-title').fill('Promo uji')
  await page.locator('#field-summary').fill('Ringkasan uji.')
  await expect(status).toContainText('EN belum diisi · ID ✓')

  // Listed in English before it is translated: named by its Indonesian title, marked "ID".
  await page.goto('/admin/collections/promotions?locale=en')
  const row = page.locator('tr', { hasText: title })
  await expect(row).toContainText('ID')
  await expect(page.getByText('<Tanpa Judul>')).toHaveCount(0)

  // Translating it into English: the heading and a hint under the title show the Indonesian one.
  await page.goto(`/admin/collections/promotions/${promotion.id}?locale=en`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByTestId('other-language-title')).toHaveText(`Bahasa Indonesia: ${title}`)
  await expect(status).toContainText('EN belum diisi · ID ✓')

  // English still has an empty required field: publishing asks; cancelling keeps the form.
  const titleInput = page.locator('#field-title')
  await titleInput.fill('Calm week')
  await page.getByRole('button', { name: 'Publikasikan perubahan', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Publikasikan tanpa bahasa Inggris?')
  await dialog.getByRole('button', { name: 'Batal' }).click()
  await expect(dialog).toBeHidden()
  await expect(titleInput).toHaveValue('Calm week')

  // Leaving with unsaved changes warns; staying keeps them.
  await page.locator('.step-nav').getByRole('link', { name: 'Promo' }).click()
  const leave = page.getByRole('dialog')
  await expect(leave).toContainText('Pergi tanpa menyimpan')
  await leave.getByRole('button', { name: 'Tetap di halaman ini' }).click()
  await expect(titleInput).toHaveValue('Calm week')

  // With English complete, it publishes without asking and says when it goes live.
  await page.locator('#field-summary').fill('10% off every massage for one week.')
  await expect(status).toContainText('EN ✓ · ID ✓')
  await page.getByRole('button', { name: 'Publikasikan perubahan', exact: true }).click()
  await expect(
    page.getByText(/^Tayang [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, 00\.00 WIB$/),
  ).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)

  const saved = await request.get(`/api/promotions/${promotion.id}?locale=en&depth=0`, {
    headers: auth(token),
  })
  expect(await saved.json()).toMatchObject({ title: 'Calm week', _status: 'published' })
  await context.close()
})
