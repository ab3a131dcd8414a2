// Starts the production build on a fresh SQLite file. Either empty, as a first production start
// would (committed migrations run, then the automatic first-start seed fills it), or, with
// E2E_TEMPLATE_DIR, a copy of what such a first start made (scripts/first-start.ts): `npm test`
// makes it once while the app builds instead of seeding once per server (~15 s of pictures each).
// A real SMTP server runs beside it and writes every email it receives to <data>/mail/, where the
// tests read them. E2E_DATA_DIR names the data folder (default data/e2e), E2E_PORT the port
// (default 3100).
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { startSmtpSink } from './smtp-sink.mjs'

const dir = path.resolve(process.env.E2E_DATA_DIR ?? 'data/e2e')
fs.rmSync(dir, { recursive: true, force: true })
fs.mkdirSync(dir, { recursive: true })
const template = process.env.E2E_TEMPLATE_DIR
if (template && fs.existsSync(path.join(template, 'e2e.db'))) {
  fs.cpSync(template, dir, { recursive: true })
}

const sink = await startSmtpSink({ dir: path.join(dir, 'mail') })
const port = process.env.E2E_PORT ?? '3100'
const child = spawn(
  process.execPath,
  [
    'node_modules/next/dist/bin/next',
    'start',
    '-p',
    port,
    // Longer than any pause between a test's requests: with Node's default of 5 s, a request on a
    // kept-alive connection that the server closes at that moment fails with ECONNRESET.
    '--keepAliveTimeout',
    '70000',
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      // Its own page and data cache: other servers run from the same build beside it.
      PAGE_CACHE_DIR: path.join(dir, 'next-cache'),
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: sink.url,
      EMAIL_FROM: 'Ame Spa <bookings@amespa.example>',
      // The tests play the one trusted proxy: they add the visitor's address to X-Forwarded-For
      // when they need distinct visitors; the browser's own requests count as 127.0.0.1.
      TRUSTED_PROXY_HOPS: '1',
      INQUIRY_RATE_LIMIT: '20',
      // Every spec books on the same server within minutes; they read the spa's email of each
      // request, so none is held back for the flood digest (tested in booking-email.test.ts).
      STAFF_EMAIL_BURST: '1000',
    },
  },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => {
  void sink.close()
  process.exit(code ?? 0)
})
