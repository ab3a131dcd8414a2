import { expect, test, type APIRequestContext, type Page } from './fixtures'
import { ADMIN, adminToken, auth, overflow } from './helpers'

/**
 * The admin views front desk and marketing use, on small phones, in both admin languages: no
 * horizontal overflow, nothing in the top bar overlapping, the brand mark whole.
 */
async function firstId(request: APIRequestContext, token: string, collection: string) {
  const response = await request.get(`/api/${collection}?limit=1&depth=0`, {
    headers: auth(token),
  })
  const docs = ((await response.json()) as { docs: { id: string }[] }).docs
  expect(docs.length, `a ${collection} document to open`).toBeGreaterThan(0)
  return docs[0]!.id
}

/** Pairs of top-bar elements whose boxes overlap, and a brand mark cut by its box. */
async function headerCollisions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (element: Element | null) => {
      if (!element) return null
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 ? box : null
    }
    const parts = [
      ['menu', '.app-header__mobile-nav-toggler, .nav-toggler'],
      ['breadcrumb', '.step-nav'],
      ['locale', '.localizer'],
      ['account', '.app-header__account'],
    ]
      .map(([name, selector]) => [name, visible(document.querySelector(selector!))] as const)
      .filter((part): part is readonly [string, DOMRect] => Boolean(part[1]))
    const problems: string[] = []
    for (let i = 0; i < parts.length; i += 1) {
      for (let j = i + 1; j < parts.length; j += 1) {
        const [a, boxA] = parts[i]!
        const [b, boxB] = parts[j]!
        const apart =
          boxA.right <= boxB.left + 1 ||
          boxB.right <= boxA.left + 1 ||
          boxA.bottom <= boxB.top + 1 ||
          boxB.bottom <= boxA.top + 1
        if (!apart) problems.push(`${a} overlaps ${b}`)
      }
    }
    const home = visible(document.querySelector('.step-nav__home'))
    const mark = visible(document.querySelector('.step-nav__home svg'))
    if (home && mark && (mark.width > home.width + 0.5 || mark.height > home.height + 0.5)) {
      problems.push(`the brand mark (${mark.width}px) is cut by its box (${home.width}px)`)
    }
    return problems
  })
}

for (const locale of ['en-GB', 'id-ID']) {
  for (const width of [360, 390]) {
    test(`admin views fit a ${width} px phone (${locale})`, async ({ browser, request }) => {
      test.setTimeout(180_000)
      const token = await adminToken(request)
      const booked = await request.post('/api/inquiries', {
        data: {
          name: 'Nur Aini Kusumawardhani',
          phone: '+6281300000001',
          email: 'nur.aini.kusumawardhani@example.com',
          preferredDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
          preferredTime: '12:00',
          message: 'Saya ingin tekanan sedang, dan punya cedera lama di bahu kanan.',
        },
        headers: { 'X-Forwarded-For': `198.51.100.${width % 200}` },
      })
      expect(booked.status(), await booked.text()).toBe(201)
      const views = [
        '/admin',
        '/admin/today',
        '/admin/collections/inquiries',
        `/admin/collections/inquiries/${await firstId(request, token, 'inquiries')}`,
        '/admin/collections/inquiries/create',
        '/admin/collections/promotions',
        `/admin/collections/promotions/${await firstId(request, token, 'promotions')}`,
        '/admin/collections/services',
        `/admin/collections/services/${await firstId(request, token, 'services')}`,
        '/admin/collections/media',
        '/admin/collections/pages',
        `/admin/collections/pages/${await firstId(request, token, 'pages')}`,
        '/admin/guest-data?guest=%2B6281300000001',
        '/admin/collections/audit-events',
      ]
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        locale,
        timezoneId: 'Asia/Jakarta',
      })
      const page = await context.newPage()
      const login = await page.request.post('/api/users/login', { data: ADMIN })
      expect(login.status()).toBe(200)
      const problems: string[] = []
      for (const view of views) {
        await page.goto(view)
        await page.locator('.app-header').waitFor({ timeout: 30_000 })
        await page.waitForLoadState('networkidle').catch(() => undefined)
        problems.push(
          ...(await overflow(page)).map((element) => `${view}: overflow ${element}`),
          ...(await headerCollisions(page)).map((problem) => `${view}: ${problem}`),
        )
      }
      expect(problems).toEqual([])
      await context.close()
    })
  }
}

test('on a slow phone an admin page never scrolls sideways while it loads', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  await adminToken(request)
  const context = await browser.newContext({
    viewport: { width: 390, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  })
  // Every frame from the first byte: the moment Payload's menu column animates shut.
  await context.addInitScript(() => {
    const store = window as unknown as { sideways: string[] }
    store.sideways = []
    const frame = () => {
      const width = window.innerWidth
      if (document.documentElement.scrollWidth > width) {
        const wide = [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > width + 1)
          .slice(0, 3)
          .map((element) => element.className)
        store.sideways.push(`${document.documentElement.scrollWidth}px: ${wide.join(', ')}`)
      }
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  // A low-end phone: 20 times slower than this machine (it showed in 5 of 5 loads before).
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 })
  expect((await page.request.post('/api/users/login', { data: ADMIN })).status()).toBe(200)
  for (const view of ['/admin/collections/audit-events', '/admin/today']) {
    await page.goto(view)
    await page.locator('.nav--nav-animate').waitFor({ state: 'attached', timeout: 60_000 })
    await page.waitForTimeout(1_000)
    const sideways = await page.evaluate(
      () => (window as unknown as { sideways: string[] }).sideways,
    )
    expect(sideways, view).toEqual([])
  }
  await context.close()
})
