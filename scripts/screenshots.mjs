import crypto from 'node:crypto'
// `npm run screenshots`: pictures of the site for the README, from the production build on a fresh
// seeded database, in Debian's Chromium. `-- --all DIR` also writes every page template in both
// languages at 390 and 1280 px (full page) into DIR, for reviewing a redesign, and the front desk's
// board and ticket in both admin languages.
import { spawn, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'

const PORT = Number(process.env.SCREENSHOT_PORT ?? 3300)
const BASE = `http://127.0.0.1:${PORT}`
const OUT = path.resolve('docs/screenshots')
const allFlag = process.argv.indexOf('--all')
const ALL_DIR = allFlag >= 0 ? path.resolve(process.argv[allFlag + 1] ?? '/tmp/ame-screens') : null

const PHONE = { width: 390, height: 844 }
/** A path starting with this is a booking sent from that page: the picture is its result. */
const SEND = 'send:'
const DESKTOP = { width: 1280, height: 800 }

/** The README's pictures: [file, path, viewport, whole page?] */
const README_SHOTS = [
  ['home-en-desktop', '/en', DESKTOP, true],
  ['home-id-phone', '/id', PHONE, false],
  ['service-en-phone', '/en/services/aromatherapy-relaxation-massage', PHONE, false],
  ['service-id-desktop', '/id/layanan/pijat-deep-tissue', DESKTOP, false],
  ['compare-en-phone', '/en/compare/relaxation-vs-therapeutic-massage', PHONE, false],
  ['guide-id-phone', '/id/panduan/chronic-pain/firm/pregnancy', PHONE, false],
  ['promotions-en-desktop', '/en/promotions', DESKTOP, false],
  ['booking-id-phone', '/id/pesan', PHONE, false],
  [
    'booking-choices-en-phone',
    '/en/book?service=aromatherapy-relaxation-massage&duration=90&promo=SLOWDOWN20',
    PHONE,
    true,
  ],
  [
    'booking-result-id-phone',
    `${SEND}/id/pesan?service=pijat-deep-tissue&duration=90`,
    PHONE,
    true,
  ],
]

const TEMPLATES = [
  ['home', '/en', '/id'],
  ['services', '/en/services', '/id/layanan'],
  ['service', '/en/services/aromatherapy-relaxation-massage', '/id/layanan/pijat-deep-tissue'],
  ['massage-types', '/en/massage-types', '/id/jenis-pijat'],
  ['massage-type', '/en/massage-types/therapeutic-massage', '/id/jenis-pijat/pijat-relaksasi'],
  ['therapists', '/en/therapists', '/id/terapis'],
  ['therapist', '/en/therapists/made-wirawan', '/id/terapis/dewi-lestari'],
  ['comparisons', '/en/compare', '/id/perbandingan'],
  [
    'comparison',
    '/en/compare/relaxation-vs-therapeutic-massage',
    '/id/perbandingan/pijat-relaksasi-vs-pijat-terapeutik',
  ],
  ['guide', '/en/guide', '/id/panduan'],
  ['guide-answer', '/en/guide/chronic-pain/firm/pregnancy', '/id/panduan/sleep/light/none'],
  ['promotions', '/en/promotions', '/id/promo'],
  ['promotion', '/en/promotions/slow-down-season', '/id/promo/musim-santai'],
  ['contact', '/en/contact', '/id/kontak'],
  ['booking', '/en/book', '/id/pesan'],
  [
    'booking-choices',
    '/en/book?service=deep-tissue-massage&duration=60&therapist=made-wirawan',
    '/id/pesan?service=pijat-relaksasi-aromaterapi&duration=90&promo=SLOWDOWN20',
  ],
  [
    'booking-result',
    `${SEND}/en/book?service=evening-sleep-ritual&duration=75&promo=SLOWDOWN20`,
    `${SEND}/id/pesan?service=pijat-deep-tissue&duration=90&therapist=made-wirawan`,
  ],
  ['not-found', '/en/no-such-page', '/id/layanan/tidak-ada'],
]

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const jakartaDay = (days) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() + days * 86_400_000),
  )

async function api(pathname, { method = 'GET', token, body } = {}) {
  const response = await fetch(BASE + pathname, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await response.json()
  if (!response.ok)
    throw new Error(`${method} ${pathname}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/**
 * The front desk's board and a request's ticket, as a desk account on a phone sees them: an
 * admin and "Rina" (front desk) are made, Rina records three requests and confirms one.
 */
async function frontDeskPages() {
  const admin = { email: 'shots-admin@example.com', password: 'shots-admin-password-1' }
  const { token: adminToken } = await api('/api/users/first-register', {
    method: 'POST',
    body: admin,
  })
  const desk = { email: 'rina@example.com', password: 'rina-password-1' }
  await api('/api/users', {
    method: 'POST',
    token: adminToken,
    body: { ...desk, name: 'Rina', roles: ['frontdesk'] },
  })
  const { token } = await api('/api/users/login', { method: 'POST', body: desk })
  const serviceId = async (slug) =>
    (await api(`/api/services?where[slug][equals]=${slug}&depth=0`)).docs[0].id
  const signature = await serviceId('ame-signature-relaxation-massage')
  const deep = await serviceId('deep-tissue-massage')
  const book = async (body) =>
    (await api('/api/inquiries', { method: 'POST', token, body: { status: 'new', ...body } })).doc
      .id
  const ticket = await book({
    name: 'Sari Wulandari',
    phone: '0812 3456 7890',
    email: 'sari@example.com',
    service: signature,
    durationMinutes: 90,
    preferredDate: jakartaDay(2),
    preferredTime: '14:00',
    replyLanguage: 'id',
    message: 'Bahu kanan agak kaku sejak minggu lalu.',
  })
  await book({
    name: 'Budi Santoso',
    phone: '0813 1111 2222',
    service: deep,
    durationMinutes: 60,
    preferredDate: jakartaDay(1),
    preferredTime: '16:00',
    replyLanguage: 'id',
  })
  const confirmed = await book({
    name: 'Tom Baker',
    phone: '+6591234567',
    email: 'tom@example.com',
    service: signature,
    durationMinutes: 60,
    preferredDate: jakartaDay(1),
    preferredTime: '11:00',
    replyLanguage: 'en',
  })
  await api(`/api/inquiries/${confirmed}`, {
    method: 'PATCH',
    token,
    body: { status: 'confirmed', room: 2 },
  })
  return {
    desk,
    pages: { board: '/admin/today?range=week', ticket: `/admin/collections/inquiries/${ticket}` },
  }
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) {
    console.log('No production build: running `npm run build`…')
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-shots-'))
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)],
    {
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: `file:${path.join(dir, 'shots.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        NEXT_PUBLIC_SERVER_URL: BASE,
      },
    },
  )
  try {
    for (let i = 0; i < 600; i += 1) {
      try {
        if ((await fetch(`${BASE}/en`)).ok) break
      } catch {}
      await sleep(200)
    }
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    const shoot = async (file, pagePath, viewport, fullPage) => {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
      const page = await context.newPage()
      await page.goto(BASE + pagePath.replace(SEND, ''), { waitUntil: 'networkidle' })
      if (pagePath.startsWith(SEND)) {
        const form = page.getByTestId('booking-form')
        await form.getByRole('radio').first().check()
        await form.locator('[name="name"]').fill('Sari Wulandari')
        await form.locator('[name="phone"]').fill('0812 1111 2222')
        await form.locator('[type="submit"]').click()
        await page.getByTestId('booking-success').waitFor()
        await page.waitForLoadState('networkidle')
      }
      await page.evaluate(() => document.fonts.ready)
      if (fullPage) {
        // Lazy images load as they come into view.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y)
            await new Promise((resolve) => setTimeout(resolve, 60))
          }
          window.scrollTo(0, 0)
        })
        await page.waitForLoadState('networkidle')
      }
      await page.screenshot({ path: file, fullPage, type: 'jpeg', quality: 72 })
      await context.close()
      console.log(`  ${path.relative(process.cwd(), file)}`)
    }
    fs.mkdirSync(OUT, { recursive: true })
    for (const [name, pagePath, viewport, fullPage] of README_SHOTS) {
      await shoot(path.join(OUT, `${name}.jpg`), pagePath, viewport, fullPage)
    }
    const { desk, pages } = await frontDeskPages()
    const shootAdmin = async (file, pagePath, viewport, locale) => {
      const context = await browser.newContext({ viewport, locale, timezoneId: 'Asia/Jakarta' })
      const page = await context.newPage()
      await page.request.post(`${BASE}/api/users/login`, { data: desk })
      await page.goto(BASE + pagePath, { waitUntil: 'networkidle' })
      await page.locator('.app-header').waitFor()
      await page.screenshot({ path: file, type: 'jpeg', quality: 78 })
      await context.close()
      console.log(`  ${path.relative(process.cwd(), file)}`)
    }
    await shootAdmin(path.join(OUT, 'front-desk-board-id-phone.jpg'), pages.board, PHONE, 'id-ID')
    await shootAdmin(path.join(OUT, 'front-desk-ticket-id-phone.jpg'), pages.ticket, PHONE, 'id-ID')
    if (ALL_DIR) {
      fs.mkdirSync(ALL_DIR, { recursive: true })
      for (const [name, en, id] of TEMPLATES) {
        for (const [locale, pagePath] of [
          ['en', en],
          ['id', id],
        ]) {
          await shoot(path.join(ALL_DIR, `${name}-${locale}-390.jpg`), pagePath, PHONE, true)
          await shoot(path.join(ALL_DIR, `${name}-${locale}-1280.jpg`), pagePath, DESKTOP, true)
        }
      }
      for (const [name, pagePath] of Object.entries(pages)) {
        for (const [locale, browserLocale] of [
          ['en', 'en-GB'],
          ['id', 'id-ID'],
        ]) {
          for (const [size, viewport] of [
            ['390', PHONE],
            ['1280', DESKTOP],
          ]) {
            const file = path.join(ALL_DIR, `admin-${name}-${locale}-${size}.jpg`)
            await shootAdmin(file, pagePath, viewport, browserLocale)
          }
        }
      }
    }
    await browser.close()
  } finally {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {}
  }
}

main().catch((error) => {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
