// Starts the production build on a fresh, empty SQLite file, as a first production start would:
// committed migrations run, then the automatic first-start seed fills it. A real SMTP server runs
// beside it and writes every email it receives to data/e2e/mail/, where the tests read them.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { startSmtpSink } from './smtp-sink.mjs'

const dir = path.resolve('data/e2e')
fs.rmSync(dir, { recursive: true, force: true })
fs.mkdirSync(dir, { recursive: true })

const sink = await startSmtpSink({ dir: path.join(dir, 'mail') })
const port = process.env.E2E_PORT ?? '3100'
const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
    SMTP_URL: sink.url,
    EMAIL_FROM: 'Ame Spa <bookings@amespa.example>',
    // The tests play the one trusted proxy: they add the visitor's address to X-Forwarded-For
    // when they need distinct visitors; the browser's own requests count as 127.0.0.1.
    TRUSTED_PROXY_HOPS: '1',
    INQUIRY_RATE_LIMIT: '20',
  },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => {
  void sink.close()
  process.exit(code ?? 0)
})
