import { expect, test, type APIRequestContext } from './fixtures'
import { adminToken, auth, findBySlug } from './helpers'

type UrlEntry = { loc: string; alternates: Record<string, string> }

async function readSitemap(request: APIRequestContext): Promise<{ xml: string; urls: UrlEntry[] }> {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const xml = await response.text()
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, block]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(block)?.[1] ?? '',
    alternates: Object.fromEntries(
      [...block.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
        ([, lang, href]) => [lang, href],
      ),
    ),
  }))
  return { xml, urls }
}

const headLinks = (html: string) => ({
  canonicals: [...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]),
  alternates: Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/gi)].map((m) => [
      m[1],
      m[2],
    ]),
  ),
})

test('the sitemap is valid XML with language alternates, and every URL in it is canonical and reciprocal', async ({
  page,
  request,
}) => {
  const { xml, urls } = await readSitemap(request)
  const parseError = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    return doc.getElementsByTagName('parsererror').length > 0
      ? 'invalid'
      : doc.documentElement.namespaceURI
  }, xml)
  expect(parseError).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/)
  expect(urls.length).toBeGreaterThanOrEqual(2 * (5 + 7 + 2 + 4))

  for (const entry of urls) {
    const response = await request.get(entry.loc, { maxRedirects: 0 })
    expect(response.status(), entry.loc).toBe(200)
    const { canonicals, alternates } = headLinks(await response.text())
    expect(canonicals, entry.loc).toEqual([entry.loc])
    const language = Object.entries(entry.alternates).find(([, href]) => href === entry.loc)?.[0]
    expect(language, entry.loc).toBeTruthy()
    expect(alternates[language as string], entry.loc).toBe(entry.loc)
    for (const [lang, href] of Object.entries(entry.alternates)) {
      expect(alternates[lang], `${entry.loc} → ${lang}`).toBe(href)
    }
    expect(alternates['x-default'], entry.loc).toBe(entry.alternates.en)
  }
})

test('each page has a unique title with the spa name and Open Graph in its language', async ({
  request,
  baseURL,
}) => {
  const titles = new Set<string>()
  for (const path of [
    '/en/services/deep-tissue-massage',
    '/id/layanan/pijat-deep-tissue',
    '/en/services',
    '/id/layanan',
  ]) {
    const html = await (await request.get(path)).text()
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? ''
    expect(title).toMatch(/ · Ame Spa$/)
    titles.add(title)
    const ogLocale = /<meta property="og:locale" content="([^"]+)"/.exec(html)?.[1]
    expect(ogLocale).toBe(path.startsWith('/id') ? 'id_ID' : 'en_US')
    expect(html).toMatch(/<meta property="og:locale:alternate" content="(en_US|id_ID)"/)
    // The page's own picture, or the spa's sharing image for pages without one.
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(
      image.startsWith(`${baseURL}/api/media/file/`) || image === `${baseURL}/og-image.png`,
    ).toBe(true)
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/)
  }
  expect(titles.size).toBe(4)
})

test('drafts never appear in the sitemap; publishing adds the page', async ({ request }) => {
  const token = await adminToken(request)
  const modality = await findBySlug(request, 'modalities', 'relaxation-massage')
  const created = await request.post('/api/services?locale=en', {
    headers: auth(token),
    data: {
      name: 'Candlelight Massage',
      summary: 'Warm candle oil, slow strokes.',
      modality: modality.id,
      options: [{ durationMinutes: 60, priceIdr: 400000 }],
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  try {
    expect((await readSitemap(request)).xml).not.toContain('candlelight-massage')
    await request.patch(`/api/services/${doc.id}`, {
      headers: auth(token),
      data: { _status: 'published' },
    })
    expect((await readSitemap(request)).xml).toContain('/en/services/candlelight-massage')
  } finally {
    await request.delete(`/api/services/${doc.id}`, { headers: auth(token) })
  }
})

test('robots.txt points to the sitemap and keeps crawlers out of the admin and API', async ({
  request,
  baseURL,
}) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toContain('Disallow: /admin')
  expect(text).toContain('Disallow: /api/')
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
})

type Ld = Record<string, unknown> & { '@type': string }

async function structuredData(request: APIRequestContext, path: string): Promise<Ld[]> {
  const html = await (await request.get(path)).text()
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    ([, json]) => JSON.parse(json) as Ld,
  )
}

const ofType = (items: Ld[], type: string) => items.find((item) => item['@type'] === type)

test('structured data describes the spa, services, therapists and breadcrumbs in the page language', async ({
  request,
  baseURL,
}) => {
  const home = await structuredData(request, '/id')
  const spa = ofType(home, 'DaySpa') as Ld & {
    address: Record<string, string>
    geo: { latitude: number }
    openingHoursSpecification: { dayOfWeek: string; opens: string }[]
    hasOfferCatalog: { itemListElement: { itemOffered: { name: string }; priceCurrency: string }[] }
  }
  expect(spa).toMatchObject({
    name: 'Ame Spa',
    telephone: '+62215551234',
    priceRange: 'Rp 325.000 – Rp 800.000',
  })
  expect(spa.address).toMatchObject({ addressLocality: 'Jakarta Selatan', addressCountry: 'ID' })
  expect(spa.geo.latitude).toBeCloseTo(-6.2297)
  expect(spa.openingHoursSpecification).toHaveLength(7)
  expect(spa.openingHoursSpecification[0]).toMatchObject({
    dayOfWeek: 'https://schema.org/Monday',
    opens: '10:00',
  })
  expect(spa.hasOfferCatalog.itemListElement.map((offer) => offer.itemOffered.name)).toContain(
    'Pijat Deep Tissue',
  )
  expect(ofType(home, 'BreadcrumbList')).toBeUndefined()
  expect(ofType(await structuredData(request, '/en/contact'), 'DaySpa')).toBeTruthy()

  const service = await structuredData(request, '/id/layanan/pijat-deep-tissue')
  expect(ofType(service, 'Service')).toMatchObject({
    name: 'Pijat Deep Tissue',
    offers: [
      { '@type': 'Offer', name: '60 menit', price: '450000', priceCurrency: 'IDR' },
      { price: '625000' },
      { price: '800000' },
    ],
  })
  expect(ofType(service, 'BreadcrumbList')).toMatchObject({
    itemListElement: [
      { position: 1, name: 'Beranda', item: `${baseURL}/id` },
      { position: 2, name: 'Layanan', item: `${baseURL}/id/layanan` },
      {
        position: 3,
        name: 'Pijat Deep Tissue',
        item: `${baseURL}/id/layanan/pijat-deep-tissue`,
      },
    ],
  })

  const person = ofType(await structuredData(request, '/en/therapists/made-wirawan'), 'Person')
  expect(person).toMatchObject({
    name: 'Made Wirawan',
    jobTitle: 'Licensed massage therapist (LMT)',
    hasCredential: {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'Licensed Massage Therapist (LMT)',
      identifier: 'MA60512874',
    },
  })

  const offer = ofType(
    await structuredData(request, '/id/promo/promo-slow-down'),
    'Offer',
  ) as Ld & {
    validFrom: string
    validThrough: string
  }
  expect(offer).toMatchObject({
    name: 'Promo Slow Down: diskon 20% untuk ritual relaksasi',
    priceCurrency: 'IDR',
    price: '316000',
    itemOffered: [{ '@type': 'Service' }, { '@type': 'Service' }],
  })
  expect(new Date(offer.validFrom).getTime()).toBeLessThan(Date.now())
  expect(new Date(offer.validThrough).getTime()).toBeGreaterThan(Date.now())

  for (const path of [
    '/en/services',
    '/id/jenis-pijat/pijat-relaksasi',
    '/id/terapis',
    '/en/compare/relaxation-vs-therapeutic-massage',
  ]) {
    expect(ofType(await structuredData(request, path), 'BreadcrumbList'), path).toBeTruthy()
  }
})

test('changing a published slug answers the old address with a permanent redirect, in that language only', async ({
  request,
}) => {
  const token = await adminToken(request)
  const service = await findBySlug(request, 'services', 'trigger-point-therapy')
  const oldPath = '/id/layanan/terapi-trigger-point'
  const newPath = '/id/layanan/terapi-titik-picu'
  expect((await request.get(oldPath)).status()).toBe(200)

  const rename = (slug: string) =>
    request.patch(`/api/services/${service.id}?locale=id`, {
      headers: auth(token),
      data: { slug },
    })
  expect((await rename('terapi-titik-picu')).status()).toBe(200)
  try {
    const moved = await request.get(oldPath, { maxRedirects: 0 })
    // Permanent (Next answers 308, which search engines treat like 301).
    expect(moved.status()).toBe(308)
    // On the first, uncached render Next sends the same Location twice (joined with ", " here).
    const location = (moved.headers()['location'] ?? '').split(', ')[0]
    expect(new URL(location, 'http://x').pathname).toBe(newPath)
    expect((await request.get(newPath)).status()).toBe(200)
    // The English address did not change and still answers directly.
    const english = await request.get('/en/services/trigger-point-therapy', { maxRedirects: 0 })
    expect(english.status()).toBe(200)
  } finally {
    expect((await rename('terapi-trigger-point')).status()).toBe(200)
  }
  expect((await request.get(oldPath, { maxRedirects: 0 })).status()).toBe(200)
})
