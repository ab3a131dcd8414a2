/**
 * The production server under hostile and careless requests: each bad request gets a 4xx (or a
 * safe redirect), never a 5xx; the static security headers are on every response; and every page
 * template and the admin work under that Content-Security-Policy with zero violations and no
 * request to another host.
 */
import fs from 'node:fs'
import { expect, test, type APIRequestContext } from './fixtures'
import { contentSecurityPolicy } from '../../src/config/securityHeaders'
import { ADMIN_LANDING, adminLogin, adminToken, watchRequests } from './helpers'

type Case = {
  name: string
  send: (request: APIRequestContext) => ReturnType<APIRequestContext['get']>
  status: number
  /** The redirect target, for redirects. */
  location?: string
  /** Text the answer must contain. */
  says?: RegExp
}

const noRedirects = { maxRedirects: 0 }
const get =
  (path: string, headers: Record<string, string> = {}) =>
  (request: APIRequestContext) =>
    request.get(path, { ...noRedirects, headers })
const post =
  (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  (request: APIRequestContext) =>
    request.post(path, { ...noRedirects, data: body, headers })

/** The id of one of the admin's server actions, as the browser would send it. */
function adminActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8'),
  ) as { node: Record<string, { workers: Record<string, unknown> }> }
  const id = Object.entries(manifest.node).find(([, action]) =>
    Object.keys(action.workers).some((worker) => worker.includes('admin')),
  )?.[0]
  if (!id) throw new Error('No admin server action in the build')
  return id
}

const CASES: Case[] = [
  {
    name: 'a cut-off percent-encoding',
    send: get('/en/%E0%A4%A'),
    status: 400,
    says: /could not be read[\s\S]*tidak dapat dibaca/,
  },
  { name: 'a broken encoding at the root', send: get('/%E0%A4%A'), status: 400 },
  { name: 'a broken encoding in an Indonesian address', send: get('/id/layanan/%ZZ'), status: 400 },
  { name: 'an overlong UTF-8 slash', send: get('/en/services/%C0%AF'), status: 400 },
  { name: 'a NUL in the address', send: get('/en/%00'), status: 404 },
  { name: 'an unknown language', send: get('/fr/services'), status: 404 },
  { name: 'a 5,000-character slug', send: get(`/en/services/${'a'.repeat(5000)}`), status: 404 },
  { name: 'a 20,000-character address', send: get(`/en/${'a'.repeat(20_000)}`), status: 431 },
  { name: 'an unknown language for the switcher', send: get('/language/xx'), status: 404 },
  {
    name: 'the switcher sent to another host',
    send: get('/language/en?to=//evil.example/x'),
    status: 303,
    location: '/en',
  },
  {
    name: 'the switcher sent through a backslash',
    send: get('/language/en?to=/%5Cevil.example'),
    status: 303,
    location: '/en',
  },
  {
    name: 'the switcher sent to a scheme',
    send: get('/language/id?to=javascript:alert(1)'),
    status: 303,
    location: '/id',
  },
  {
    name: 'leaving preview with a double-slash referer',
    send: get('/preview/exit', { Referer: 'http://attacker.example//evil.example/x' }),
    status: 307,
    location: '/',
  },
  {
    name: 'leaving preview with a backslash referer',
    send: get('/preview/exit', { Referer: 'http://attacker.example/\\evil.example' }),
    status: 307,
    location: '/',
  },
  { name: 'a preview link without its parts', send: get('/preview?collection=users'), status: 400 },
  {
    name: 'a preview link with a forged token',
    send: get('/preview?collection=services&id=x&locale=en&token=forged'),
    status: 403,
  },
  {
    name: 'guide answers that are not answers',
    send: get('/en/guide/result?goal=%3Cscript%3E&pressure=hard'),
    status: 307,
    location: '/en/guide',
  },
  { name: 'a missing media file', send: get('/api/media/file/no-such-picture.webp'), status: 404 },
  {
    name: 'a geo operator on a text field',
    send: get('/api/services?where[name][near]=1,2'),
    status: 400,
    says: /near/,
  },
  {
    name: 'an unknown locale in the API',
    send: get('/api/services?locale=fr'),
    status: 400,
    says: /Unknown locale/,
  },
  {
    name: 'a booking request as text/plain',
    send: post('/api/inquiries', '{"name":"Dewi"}', { 'Content-Type': 'text/plain' }),
    status: 415,
  },
  {
    name: 'a booking request form-encoded to REST',
    send: post('/api/inquiries', 'name=Dewi', {
      'Content-Type': 'application/x-www-form-urlencoded',
    }),
    status: 415,
  },
  {
    name: 'a booking request that is a JSON string',
    send: post('/api/inquiries', '"Dewi"', { 'Content-Type': 'application/json' }),
    status: 400,
  },
  {
    name: 'a booking request with no body',
    send: (request) => request.post('/api/inquiries', noRedirects),
    status: 400,
  },
  {
    name: 'GraphQL as text/plain',
    send: post('/api/graphql', '{ Services { docs { name } } }', { 'Content-Type': 'text/plain' }),
    status: 415,
  },
  {
    name: 'an admin server action over 4 MB',
    send: (request) =>
      post('/admin', Buffer.alloc(5 * 1024 * 1024, 97), {
        'Next-Action': adminActionId(),
        'Content-Type': 'text/plain;charset=UTF-8',
      })(request),
    status: 413,
  },
  {
    name: 'an admin server action that is not JSON',
    send: (request) =>
      post('/admin', 'garbage', {
        'Next-Action': adminActionId(),
        'Content-Type': 'text/plain;charset=UTF-8',
      })(request),
    status: 400,
  },
]

test.describe('bad requests to the running site', () => {
  const answered: number[] = []

  for (const { name, send, status, location, says } of CASES) {
    test(name, async ({ request }) => {
      const response = await send(request)
      answered.push(response.status())
      expect(response.status(), await response.text()).toBe(status)
      if (location) {
        expect(new URL(response.headers().location ?? '', 'http://site.invalid').pathname).toBe(
          location,
        )
        expect(response.headers().location).not.toMatch(/evil|javascript/)
      }
      if (says) expect(await response.text()).toMatch(says)
    })
  }

  test.afterAll(() => {
    const serverErrors = answered.filter((status) => status >= 500).length
    console.log(`bad-input (pages): ${answered.length} cases, ${serverErrors} answered 5xx`)
  })
})

test('every response carries the static security headers', async ({ request }) => {
  for (const path of [
    '/en',
    '/id/layanan',
    '/en/book',
    '/admin/login',
    '/api/health',
    '/favicon.svg',
  ]) {
    const headers = (await request.get(path)).headers()
    expect(headers['content-security-policy'], path).toBe(contentSecurityPolicy())
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    // The e2e server is plain http: no HSTS there (it is added for an https site).
    expect(headers['strict-transport-security'], path).toBeUndefined()
  }
})

// Every public template's CSP violations and requests to other hosts: _templates.spec.ts.

test('the admin works under the same policy: zero violations, no other host', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000)
  await adminToken(request)
  const watcher = await watchRequests(page, new URL(baseURL ?? '').origin)
  await adminLogin(page)
  const views: [string, RegExp][] = [
    ['/admin', /Dashboard|Services/],
    ['/admin/collections/services', /Services/],
    ['/admin/collections/media/create', /Media/],
    ['/admin/collections/inquiries', /Booking requests/],
    ['/admin/globals/site-settings', /Site settings|Site Settings/],
    ['/admin/account', /Change Password/],
  ]
  for (const [path, heading] of views) {
    await page.goto(path, { waitUntil: 'networkidle' })
    // The collapsed side menu holds the same words, hidden; the view's own title is what shows.
    // Each view's code loads on its first visit: slow on a busy machine.
    await expect(page.getByText(heading).filter({ visible: true }).first(), path).toBeVisible(
      ADMIN_LANDING,
    )
    expect(await watcher.violations(), path).toEqual([])
  }
  // A document with rich text and relationships: the heaviest editor view.
  await page.goto('/admin/collections/services', { waitUntil: 'networkidle' })
  await page.getByRole('link', { name: 'Deep Tissue Massage' }).click()
  await expect(page.getByRole('button', { name: /Publish|Save/ }).first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(await watcher.violations()).toEqual([])
  expect(watcher.foreign).toEqual([])
})
