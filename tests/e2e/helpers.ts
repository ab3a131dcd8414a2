import { expect, type APIRequestContext, type Page } from '@playwright/test'

export const ADMIN = { email: 'e2e-admin@example.com', password: 'e2e-admin-password-1' }

/** Logs in as the test admin, creating it on the create-first-user endpoint on first use. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/users/login', { data: ADMIN })
  if (login.ok()) return ((await login.json()) as { token: string }).token
  const first = await request.post('/api/users/first-register', { data: ADMIN })
  if (!first.ok()) throw new Error(`Could not create the test admin: ${first.status()}`)
  return ((await first.json()) as { token: string }).token
}

export const auth = (token: string) => ({ Authorization: `JWT ${token}` })

type Doc = { id: string; [key: string]: unknown }

export async function findBySlug(
  request: APIRequestContext,
  collection: string,
  slug: string,
): Promise<Doc> {
  const response = await request.get(
    `/api/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&locale=en&depth=0`,
  )
  const body = (await response.json()) as { docs: Doc[] }
  if (!body.docs[0]) throw new Error(`No ${collection} with slug ${slug}`)
  return body.docs[0]
}

/** Every public page type, in both languages. */
export const PAGE_PAIRS: { name: string; en: string; id: string }[] = [
  { name: 'home', en: '/en', id: '/id' },
  { name: 'services', en: '/en/services', id: '/id/layanan' },
  {
    name: 'filtered services',
    en: '/en/services/filter/relaxation-massage/sleep',
    id: '/id/layanan/filter/pijat-relaksasi/sleep',
  },
  {
    name: 'service',
    en: '/en/services/deep-tissue-massage',
    id: '/id/layanan/pijat-deep-tissue',
  },
  { name: 'massage types', en: '/en/massage-types', id: '/id/jenis-pijat' },
  {
    name: 'massage type',
    en: '/en/massage-types/therapeutic-massage',
    id: '/id/jenis-pijat/pijat-terapeutik',
  },
  { name: 'therapists', en: '/en/therapists', id: '/id/terapis' },
  { name: 'therapist', en: '/en/therapists/made-wirawan', id: '/id/terapis/made-wirawan' },
  { name: 'comparisons', en: '/en/compare', id: '/id/perbandingan' },
  {
    name: 'comparison',
    en: '/en/compare/relaxation-vs-therapeutic-massage',
    id: '/id/perbandingan/pijat-relaksasi-vs-pijat-terapeutik',
  },
  { name: 'guide', en: '/en/guide', id: '/id/panduan' },
  {
    name: 'guide answer',
    en: '/en/guide/chronic-pain/firm/pregnancy',
    id: '/id/panduan/chronic-pain/firm/pregnancy',
  },
  { name: 'promotions', en: '/en/promotions', id: '/id/promo' },
  {
    name: 'promotion',
    en: '/en/promotions/slow-down-season',
    id: '/id/promo/promo-slow-down',
  },
  { name: 'contact', en: '/en/contact', id: '/id/kontak' },
  { name: 'booking', en: '/en/book', id: '/id/pesan' },
  { name: 'about (editor page)', en: '/en/about', id: '/id/tentang-kami' },
  { name: 'privacy notice (editor page)', en: '/en/privacy', id: '/id/privasi' },
  { name: '404', en: '/en/services/no-such-treatment', id: '/id/layanan/tidak-ada' },
]

/** Pages rendered per visit (live free times): checked like the others, but never cached. */
export const LIVE_PAGE_PAIRS: { name: string; en: string; id: string }[] = [
  {
    name: 'booking choices',
    en: '/en/book?service=aromatherapy-relaxation-massage&duration=90&promo=SLOWDOWN20',
    id: '/id/pesan?service=pijat-relaksasi-aromaterapi&duration=90&therapist=dewi-lestari',
  },
]

/**
 * How long the dashboard may take after signing in: on a server that has not shown the admin yet
 * it first loads the admin's code, which takes several seconds on a busy 2-core machine.
 */
export const ADMIN_LANDING = { timeout: 30_000 }

/** Logs the browser page in to the admin panel as the test admin (which must exist). */
export async function adminLogin(page: Page): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(ADMIN.email)
  await page.getByLabel('Password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/, ADMIN_LANDING)
}

/** Elements wider than the viewport, described for the failure message. */
export async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth
    if (document.documentElement.scrollWidth <= width) return []
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
  })
}

/**
 * Records, from the first byte, Content-Security-Policy violations, requests that leave `origin`
 * and the web fonts the page loads.
 */
export async function watchRequests(page: Page, origin: string) {
  const foreign: string[] = []
  const fonts: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) foreign.push(url)
    if (request.resourceType() === 'font') fonts.push(url)
  })
  await page.addInitScript(() => {
    const store = window as unknown as { cspViolations: string[] }
    store.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      store.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`)
    })
  })
  return {
    foreign,
    fonts,
    violations: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  }
}

export const unique = () => Date.now().toString(36)

/** A staff account with one role, signed in through the REST API (and later the login form). */
export async function staffUser(request: APIRequestContext, role: 'marketing' | 'editor') {
  const admin = await adminToken(request)
  const email = `${role}-${unique()}@example.com`
  const password = `${role}-${unique()}-pw`
  const made = await request.post('/api/users', {
    headers: auth(admin),
    data: { email, password, roles: [role] },
  })
  expect(made.status()).toBe(201)
  const login = await request.post('/api/users/login', { data: { email, password } })
  return { email, password, token: ((await login.json()) as { token: string }).token }
}

/** Signs in through the admin's login form (English admin). */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/, ADMIN_LANDING)
}
