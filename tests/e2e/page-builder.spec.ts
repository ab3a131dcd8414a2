import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import {
  ADMIN_LANDING,
  adminToken,
  auth,
  findBySlug,
  overflow,
  signIn,
  staffUser,
  unique,
} from './helpers'

type Block = Record<string, unknown> & { id?: string; blockType: string }
type Doc = { id: string; slug: string; layout: Block[] }

/** Five blocks in English; the same blocks' Indonesian words keep each block's id. */
function englishLayout(serviceIds: string[]): Block[] {
  return [
    {
      blockType: 'hero',
      eyebrow: 'For teams in SCBD',
      headline: 'Corporate massage packages',
      text: 'Relaxation sessions for your team, booked in one message.',
      actions: [{ link: { kind: 'book', service: serviceIds[0], label: 'Book a session' } }],
    },
    {
      blockType: 'services',
      heading: 'Treatments for teams',
      source: 'picked',
      services: serviceIds,
    },
    {
      blockType: 'faq',
      heading: 'Questions from companies',
      items: [
        {
          question: 'Can we pay with one invoice?',
          answer: 'Yes: by card or QRIS at the spa, one bill per visit.',
        },
      ],
    },
    {
      blockType: 'quote',
      quote: 'Our team came back calmer after a long quarter.',
      name: 'Office manager, Senopati',
    },
    { blockType: 'bookingCta', heading: 'Plan your team’s visit', service: serviceIds[0] },
  ]
}

const INDONESIAN: Record<string, Record<string, unknown>> = {
  hero: {
    eyebrow: 'Untuk tim di SCBD',
    headline: 'Paket pijat untuk perusahaan',
    text: 'Sesi relaksasi untuk tim Anda, dipesan dalam satu pesan.',
  },
  services: { heading: 'Perawatan untuk tim' },
  faq: { heading: 'Pertanyaan dari perusahaan' },
  quote: {
    quote: 'Tim kami kembali lebih tenang setelah kuartal yang panjang.',
    name: 'Manajer kantor, Senopati',
  },
  bookingCta: { heading: 'Rencanakan kunjungan tim Anda' },
}

function indonesianLayout(saved: Block[]): Block[] {
  return saved.map((block) => {
    const words = { ...block, ...INDONESIAN[block.blockType] }
    if (block.blockType === 'hero') {
      const [action] = block.actions as { link: Record<string, unknown> }[]
      words.actions = [{ ...action, link: { ...action!.link, label: 'Pesan sesi' } }]
    }
    if (block.blockType === 'faq') {
      const [item] = block.items as Record<string, unknown>[]
      words.items = [
        {
          ...item,
          question: 'Bisakah kami membayar dengan satu tagihan?',
          answer: 'Bisa: dengan kartu atau QRIS di spa, satu tagihan per kunjungan.',
        },
      ]
    }
    return words
  })
}

/** "Dec 3, 2026 6:07 PM" in Jakarta time: what the admin's scheduling picker accepts. */
function pickerTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Jakarta',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.month} ${parts.day}, ${parts.year} ${parts.hour}:${parts.minute} ${parts.dayPeriod}`
}

test('marketing builds a bilingual landing page, watches it live while typing, schedules it; it goes live at both addresses and in the sitemap', async ({
  browser,
  request,
  baseURL,
}) => {
  // Two admin views, a live preview in two languages and a scheduled publish (the job runner
  // looks every 20 s) on a server that may be showing the admin for the first time.
  test.setTimeout(300_000)
  const marketing = await staffUser(request, 'marketing')
  const services = await Promise.all(
    ['deep-tissue-massage', 'aromatherapy-relaxation-massage'].map(
      async (slug) => (await findBySlug(request, 'services', slug)).id,
    ),
  )
  const key = unique()
  const created = await request.post('/api/pages?locale=en&draft=true', {
    headers: auth(marketing.token),
    data: {
      title: `Corporate packages ${key}`,
      slug: `corporate-packages-${key}`,
      layout: englishLayout(services),
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const page = ((await created.json()) as { doc: Doc }).doc
  const translated = await request.patch(`/api/pages/${page.id}?locale=id&draft=true&depth=0`, {
    headers: auth(marketing.token),
    data: {
      title: `Paket korporat ${key}`,
      slug: `paket-korporat-${key}`,
      layout: indonesianLayout(page.layout),
      _status: 'draft',
    },
  })
  expect(translated.status()).toBe(200)
  const enPath = `/en/corporate-packages-${key}`
  const idPath = `/id/paket-korporat-${key}`
  expect((await request.get(enPath)).status()).toBe(404)

  const context = await browser.newContext({ timezoneId: 'Asia/Jakarta' })
  const admin = await context.newPage()
  try {
    await signIn(admin, marketing.email, marketing.password)

    // Live preview, at a phone's width, follows the typing (each autosave), in each language.
    for (const [locale, typed, lang] of [
      ['en', 'Corporate massage packages, from two people', 'en'],
      ['id', 'Paket pijat perusahaan, mulai dua orang', 'id'],
    ] as const) {
      await admin.goto(`/admin/collections/pages/${page.id}?locale=${locale}`)
      // The admin remembers that the preview was open; open it only the first time.
      const frameElement = admin.locator('#live-preview-iframe')
      await admin.getByRole('button', { name: 'Live Preview' }).waitFor(ADMIN_LANDING)
      if (!(await frameElement.isVisible())) {
        await admin.getByRole('button', { name: 'Live Preview' }).click()
      }
      await admin.locator('.live-preview-toolbar').getByText('Responsive').click()
      await admin.getByRole('button', { name: '390 px' }).click()
      const frame = admin.frameLocator('#live-preview-iframe')
      await expect(frame.locator('html')).toHaveAttribute('lang', lang, { timeout: 30_000 })
      await expect(frame.getByTestId('preview-bar')).toBeVisible()
      await admin.getByLabel('Headline').first().fill(typed)
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(typed, { timeout: 20_000 })
    }
    // Typing saved drafts only: visitors still get nothing.
    expect((await request.get(enPath)).status()).toBe(404)

    // Schedule the publish of both languages at the next whole minute at least 30 s away (WIB):
    // time enough to save it.
    await admin.goto(`/admin/collections/pages/${page.id}?locale=en`)
    await admin.locator('.form-submit .popup-button').first().click(ADMIN_LANDING)
    await admin.getByRole('button', { name: 'Schedule Publish' }).click()
    const time = admin.locator('.schedule-publish .react-datepicker__input-container input')
    const at = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000)
    await time.fill(pickerTime(at))
    // Leaving the picker with Tab lands on (and selects) "Unpublish": choose the type last.
    await admin.locator('.schedule-publish__type').getByText('Publish', { exact: true }).click()
    await expect(time).toHaveValue(pickerTime(at))
    await admin.locator('.schedule-publish').getByRole('button', { name: 'Save' }).click()
    const upcoming = admin.locator('.schedule-publish table')
    await expect(upcoming).toContainText('Publish')
    await expect(upcoming).not.toContainText('Unpublish')

    expect((await request.get(enPath)).status()).toBe(404)
    // Live at the time set (the runner checks every 20 s), at both addresses.
    await expect
      .poll(async () => (await request.get(enPath)).status(), {
        timeout: 150_000,
        intervals: [5_000],
      })
      .toBe(200)
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
    const visitor = await browser.newPage()
    for (const [path, heading] of [
      [enPath, 'Corporate massage packages, from two people'],
      [idPath, 'Paket pijat perusahaan, mulai dua orang'],
    ] as const) {
      await visitor.goto(path)
      await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(visitor.getByTestId('preview-bar')).toHaveCount(0)
    }
    // The booking action keeps the treatment; the FAQ is FAQPage data in its language.
    await expect(visitor.getByRole('link', { name: 'Pesan sesi' })).toHaveAttribute(
      'href',
      /\/id\/pesan\?service=pijat-deep-tissue/,
    )
    const faq = await visitor.locator('script[type="application/ld+json"]').allTextContents()
    expect(faq.join('\n')).toContain('"@type":"FAQPage"')
    expect(faq.join('\n')).toContain('Bisakah kami membayar dengan satu tagihan?')
    await visitor.close()

    // In the sitemap, each language listing the other as its alternate.
    const sitemap = await (await request.get('/sitemap.xml')).text()
    const entry = sitemap
      .split('<url>')
      .find((chunk) => chunk.includes(`<loc>${baseURL}${enPath}</loc>`))
    expect(entry, 'the English address is in the sitemap').toBeDefined()
    expect(entry).toContain(`hreflang="id" href="${baseURL}${idPath}"`)
  } finally {
    await context.close()
  }
})

test('every block fits at 320, 390 and 1280 px in both languages, with no axe violations', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const token = await adminToken(request)
  const services = [(await findBySlug(request, 'services', 'deep-tissue-massage')).id]
  const key = unique()
  const layout: Block[] = [
    ...englishLayout(services),
    { blockType: 'offers', style: 'cards', heading: 'Offers running now' },
    { blockType: 'comparisonTeaser', heading: 'Which massage?', linkLabel: 'Compare them' },
    { blockType: 'therapists', heading: 'Your therapists', limit: 2 },
    {
      blockType: 'facts',
      heading: 'Good to know',
      items: [{ kind: 'payment', title: 'Payment', text: 'Cash, cards or QRIS.' }],
    },
    { blockType: 'richText', content: paragraph('Plain words about the team package.') },
  ]
  const created = await request.post('/api/pages?locale=en', {
    headers: auth(token),
    data: { title: `All blocks ${key}`, slug: `all-blocks-${key}`, layout, _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const doc = ((await created.json()) as { doc: Doc }).doc
  const indonesian = indonesianLayout(doc.layout).map((block) =>
    block.blockType === 'offers'
      ? { ...block, heading: 'Promo yang sedang berjalan' }
      : block.blockType === 'comparisonTeaser'
        ? { ...block, heading: 'Pijat yang mana?', linkLabel: 'Bandingkan' }
        : block.blockType === 'therapists'
          ? { ...block, heading: 'Terapis Anda' }
          : block.blockType === 'facts'
            ? {
                ...block,
                heading: 'Perlu diketahui',
                items: [
                  {
                    ...(block.items as Record<string, unknown>[])[0],
                    title: 'Pembayaran',
                    text: 'Tunai, kartu, atau QRIS.',
                  },
                ],
              }
            : block.blockType === 'richText'
              ? { ...block, content: paragraph('Penjelasan singkat tentang paket tim.') }
              : block,
  )
  const patched = await request.patch(`/api/pages/${doc.id}?locale=id`, {
    headers: auth(token),
    data: {
      title: `Semua blok ${key}`,
      slug: `semua-blok-${key}`,
      layout: indonesian,
      _status: 'published',
    },
  })
  expect(patched.status()).toBe(200)

  for (const path of [`/en/all-blocks-${key}`, `/id/semua-blok-${key}`]) {
    const context = await browser.newContext()
    const page = await context.newPage()
    for (const width of [1280, 390, 320]) {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(path)
      expect(await overflow(page), `${path} at ${width} px`).toEqual([])
      if (width !== 320) {
        const results = await new AxeBuilder({ page }).analyze()
        expect(
          results.violations.map((v) => `${v.id}: ${v.help}`),
          `${path} at ${width}`,
        ).toEqual([])
      }
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await context.close()
  }
})

test('an editor changes the home headline in Indonesian: /id shows it on the next request, /en is unchanged', async ({
  request,
}) => {
  const { token } = await staffUser(request, 'editor')
  const home = await findBySlug(request, 'pages', 'home')
  const before = {
    en: await (await request.get('/en')).text(),
    id: await (await request.get('/id')).text(),
  }
  const current = (await (
    await request.get(`/api/pages/${home.id}?locale=id&depth=0`, { headers: auth(token) })
  ).json()) as Doc
  const headline = `Pijat yang pas untuk tubuh Anda, ${unique()}`
  const layout = current.layout.map((block) =>
    block.blockType === 'hero' ? { ...block, headline } : block,
  )
  const saved = await request.patch(`/api/pages/${home.id}?locale=id`, {
    headers: auth(token),
    data: { layout, _status: 'published' },
  })
  expect(saved.status()).toBe(200)
  try {
    const id = await (await request.get('/id')).text()
    expect(id).toContain(headline)
    const en = await (await request.get('/en')).text()
    expect(en).not.toContain(headline)
    // The English page was not even rendered again: the same cached HTML, byte for byte.
    expect(en).toBe(before.en)
    expect(before.id).not.toContain(headline)
  } finally {
    await request.patch(`/api/pages/${home.id}?locale=id`, {
      headers: auth(token),
      data: { layout: current.layout, _status: 'published' },
    })
  }
})

function paragraph(text: string) {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          direction: 'ltr',
          format: '',
          indent: 0,
          version: 1,
          textFormat: 0,
          children: [
            { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
          ],
        },
      ],
    },
  }
}

test('the privacy notice, terms and About exist in both languages and the footer and booking form link them', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const legal = {
    en: {
      privacy: '/en/privacy',
      terms: '/en/terms',
      book: '/en/book?service=deep-tissue-massage',
    },
    id: {
      privacy: '/id/privasi',
      terms: '/id/ketentuan',
      book: '/id/pesan?service=pijat-deep-tissue',
    },
  } as const
  for (const [locale, paths] of Object.entries(legal)) {
    await page.goto(`/${locale}`)
    const footer = page.getByTestId('legal-links')
    await expect(footer.locator(`a[href="${paths.privacy}"]`)).toHaveCount(1)
    await expect(footer.locator(`a[href="${paths.terms}"]`)).toHaveCount(1)
    await footer.locator(`a[href="${paths.privacy}"]`).click()
    await expect(page).toHaveURL(new RegExp(`${paths.privacy}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      locale === 'en' ? 'Privacy notice' : 'Pemberitahuan privasi',
    )
    await expect(page.getByRole('main')).toContainText('UU PDP')
    await page.goto(paths.book)
    const note = page.getByTestId('booking-legal')
    await expect(note.locator(`a[href="${paths.privacy}"]`)).toHaveCount(1)
    await expect(note.locator(`a[href="${paths.terms}"]`)).toHaveCount(1)
  }
  for (const path of ['/en/about', '/id/tentang-kami', '/en/terms', '/id/ketentuan']) {
    expect((await page.goto(path))?.status(), path).toBe(200)
  }
})
