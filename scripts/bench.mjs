// `npm run bench`: builds if needed, starts the production server on a fresh seeded database and
// prints one table of what the site costs: cached throughput (and its ratio to a bare Next.js app
// when ../shared/bench is present), latency, page weight, start-up, publish → visible, and how a
// 1,000-service catalogue changes the first render. Loopback only; needs wrk (apt-get install wrk).
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

const PORT = Number(process.env.BENCH_PORT ?? 3200)
const BASE = `http://127.0.0.1:${PORT}`
const SHARED = path.resolve(process.env.BENCH_SHARED ?? '../shared/bench')
const DURATION = process.env.BENCH_DURATION ?? '10'
const PAGES = [
  ['home', '/en', '/id'],
  ['service', '/en/services/deep-tissue-massage', '/id/layanan/pijat-deep-tissue'],
  [
    'comparison',
    '/en/compare/relaxation-vs-therapeutic-massage',
    '/id/perbandingan/pijat-relaksasi-vs-pijat-terapeutik',
  ],
]
const rows = []
const report = (metric, value, note = '') => {
  rows.push([metric, value, note])
  console.log(`  ${metric}: ${value}${note ? ` (${note})` : ''}`)
}

function need(command, hint) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    console.error(`bench needs ${command}: ${hint}`)
    process.exit(2)
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// Node's fetch reuses pooled keep-alive sockets that the server may have closed while wrk ran;
// such a request never reached the server, so it is safe to send again.
const nativeFetch = globalThis.fetch
globalThis.fetch = async (input, init) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await nativeFetch(input, init)
    } catch (error) {
      const code = error?.cause?.code
      if (attempt >= 3 || !['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'].includes(code)) throw error
    }
  }
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

function startServer(dir, extraEnv = {}) {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        NEXT_PUBLIC_SERVER_URL: BASE,
        PAYLOAD_LOG_LEVEL: 'warn',
        ...extraEnv,
      },
    },
  )
  return child
}

async function stopServer(child) {
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {}
  for (let i = 0; i < 50 && child.exitCode === null; i += 1) await sleep(100)
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {}
}

async function firstOk(url, timeoutMs = 180_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url)
      if (response.status === 200) return Date.now() - started
    } catch {}
    await sleep(20)
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000}s`)
}

const timed = async (url) => {
  const started = performance.now()
  const response = await fetch(url)
  await response.text()
  return { ms: performance.now() - started, status: response.status }
}

function wrk(url, seconds = DURATION, script) {
  const output = execFileSync(
    'wrk',
    ['-t2', '-c64', `-d${seconds}s`, '--latency', ...(script ? ['-s', script] : []), url],
    { encoding: 'utf8' },
  )
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0)
  const toMs = (value, unit) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1)
  const latency = (p) => {
    const match = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(output)
    return match ? toMs(match[1], match[2]) : NaN
  }
  const timeouts = Number(/timeout (\d+)/.exec(output)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0)
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? 0)
  return { rps, p50: latency(50), p99: latency(99), timeouts, socketErrors, non2xx, requests }
}

async function pageWeight(pagePath) {
  const html = await (await fetch(BASE + pagePath)).text()
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/nomodule/i.test(match[0]))
    .map((match) => match[1])
  let js = 0
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())
    js += zlib.gzipSync(body, { level: 9 }).length
  }
  return { htmlGz: zlib.gzipSync(Buffer.from(html), { level: 9 }).length, jsGz: js }
}

async function adminToken(base = BASE) {
  const credentials = {
    email: 'bench@example.com',
    password: crypto.randomBytes(12).toString('hex'),
  }
  const response = await fetch(`${base}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  return (await response.json()).token
}

async function publishToVisible(token, edits = 20, { writeTo = BASE, readFrom = BASE } = {}) {
  const api = (pathname, init = {}) =>
    fetch(`${writeTo}/api${pathname}`, {
      ...init,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `JWT ${token}`,
        ...init.headers,
      },
    })
  const found = await (
    await api('/services?where[slug][equals]=deep-tissue-massage&depth=0')
  ).json()
  const id = found.docs[0].id
  const pages = { en: PAGES[1][1], id: PAGES[1][2] }
  const durations = []
  for (let i = 0; i < edits; i += 1) {
    const marker = `bench-${Date.now()}-${i}`
    const started = performance.now()
    for (const locale of ['en', 'id']) {
      const response = await api(`/services/${id}?locale=${locale}`, {
        method: 'PATCH',
        body: JSON.stringify({ summary: `A slow, firm massage (${marker} ${locale}).` }),
      })
      if (!response.ok) throw new Error(`edit failed: ${response.status}`)
    }
    for (const locale of ['en', 'id']) {
      for (;;) {
        const html = await (await fetch(readFrom + pages[locale])).text()
        if (html.includes(`${marker} ${locale}`)) break
        if (performance.now() - started > 30_000) throw new Error('change not visible after 30 s')
        await sleep(10)
      }
    }
    durations.push(performance.now() - started)
  }
  return durations
}

async function main() {
  need('wrk', 'apt-get install -y wrk')
  if (process.argv.includes('--through-proxy')) return throughProxy()
  if (!fs.existsSync('.next/BUILD_ID')) {
    console.log('No production build: running `npm run build`…')
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-bench-'))

  console.log('\n0. Free slots: 14 days × 10 therapists × 3 rooms, 500 sessions held')
  const slots = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-slots.ts'], {
      encoding: 'utf8',
    }),
  )
  report('slot engine, 14 days', `${slots.medianMs} ms median, ${slots.worstMs} ms worst of 30`)

  console.log('\n1. First start on an empty database (migrations + seed), then the start-up time')
  let server = startServer(dir)
  report('first start incl. migrations and seed → /en 200', `${await firstOk(`${BASE}/en`)} ms`)
  await stopServer(server)
  server = startServer(dir)
  await firstOk(`${BASE}/en`)
  await stopServer(server)
  const starts = []
  const ready = []
  for (let i = 0; i < 3; i += 1) {
    server = startServer(dir)
    const started = Date.now()
    starts.push(await firstOk(`${BASE}/en`))
    await firstOk(`${BASE}/api/health`)
    ready.push(Date.now() - started)
    await stopServer(server)
  }
  report(
    'next start → first 200 on /en (restart, median of 3)',
    `${percentile(starts, 50)} ms`,
    'the page comes from the cache kept across restarts',
  )
  report(
    'next start → CMS ready (/api/health)',
    `${percentile(ready, 50)} ms`,
    'Payload starts beside the server',
  )

  server = startServer(dir)
  await firstOk(`${BASE}/en`)
  console.log('\n2. Page weight and cached throughput')
  const paths = PAGES.flatMap(([, en, id]) => [en, id])
  for (const pagePath of paths) {
    await fetch(BASE + pagePath)
    const cache = (await fetch(BASE + pagePath)).headers.get('x-nextjs-cache')
    const weight = await pageWeight(pagePath)
    report(
      `${pagePath} HTML / JS gzip`,
      `${(weight.htmlGz / 1024).toFixed(1)} KB / ${(weight.jsGz / 1024).toFixed(1)} KB`,
      `x-nextjs-cache ${cache}`,
    )
  }
  if (fs.existsSync(path.join(SHARED, 'vs-floor.sh'))) {
    const output = execFileSync(path.join(SHARED, 'vs-floor.sh'), [BASE, ...paths], {
      encoding: 'utf8',
      env: { ...process.env, DURATION, RUNS: '2', WARM_S: '3' },
    })
    const metric = (name, pagePath) =>
      new RegExp(`^${name} ${pagePath.replace(/[/.]/g, '\\$&')} (\\S+)$`, 'm').exec(output)?.[1]
    for (const pagePath of paths) {
      report(
        `${pagePath} cached req/s (ratio to bare Next)`,
        `${Math.round(Number(metric('app_rps_median', pagePath)))} (${metric('ratio_app_over_floor_rps', pagePath)}×)`,
        `p50 ${metric('app_latency_p50_ms_median', pagePath)} ms, p99 ${metric('app_latency_p99_ms_median', pagePath)} ms`,
      )
    }
  } else {
    console.log(`  (no ${SHARED}/vs-floor.sh: throughput without the floor ratio)`)
    for (const pagePath of paths) {
      const result = wrk(BASE + pagePath)
      report(
        `${pagePath} cached req/s`,
        Math.round(result.rps),
        `p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.timeouts} timeouts`,
      )
    }
  }

  console.log('\n3. Publish → visible (edit a service through REST, poll both languages)')
  const durations = await publishToVisible(await adminToken())
  report(
    'publish → visible in both languages, p50 / p95 of 20',
    `${percentile(durations, 50).toFixed(0)} / ${percentile(durations, 95).toFixed(0)} ms`,
  )
  await stopServer(server)

  console.log('\n4. A catalogue of 1,000 services × 2 languages (separate database)')
  const big = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-bench-big-'))
  execFileSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'scripts/bench-catalogue.ts'],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        // Migrated as production migrates it: a schema-pushed database makes the production
        // server stop at Payload's "you've run Payload in dev mode" prompt.
        NODE_ENV: 'production',
        DATABASE_URI: `file:${path.join(big, 'bench.db')}`,
        MEDIA_DIR: path.join(big, 'media'),
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        PAYLOAD_LOG_LEVEL: 'warn',
      },
    },
  )
  server = startServer(big, { PAYLOAD_AUTO_SEED: 'false' })
  await firstOk(`${BASE}/api/health`)
  report(
    'first render /en/services (1,000 services)',
    `${(await timed(`${BASE}/en/services`)).ms.toFixed(0)} ms`,
  )
  report(
    'first render /sitemap.xml (2,000+ URLs)',
    `${(await timed(`${BASE}/sitemap.xml`)).ms.toFixed(0)} ms`,
  )
  // Warm first, as vs-floor.sh does: Payload and its job runner are still starting beside it.
  wrk(`${BASE}/en/services`, '3')
  const cached = wrk(`${BASE}/en/services`, '8')
  report(
    '/en/services cached req/s (1,000 services)',
    Math.round(cached.rps),
    `p99 ${cached.p99} ms`,
  )
  await stopServer(server)

  console.log('\n| measure | value | note |\n|---|---|---|')
  for (const [metric, value, note] of rows) console.log(`| ${metric} | ${value} | ${note} |`)
}

/**
 * `npm run bench -- --through-proxy`: the production layout on loopback (scripts/scaled-stack.mjs:
 * Redis, two instances, nginx with deploy/nginx/nginx.conf). Cached pages through nginx next to
 * the same pages straight from one instance, publish → visible through nginx, and the requests
 * lost when an instance stops (SIGTERM) or dies (SIGKILL) under load.
 */
async function throughProxy() {
  const { missingForScaledStack, startScaledStack } = await import('./scaled-stack.mjs')
  const missing = missingForScaledStack()
  if (missing.length) {
    console.error(missing.join('\n'))
    process.exit(2)
  }
  const stack = await startScaledStack({
    dir: fs.mkdtempSync(path.join(os.tmpdir(), 'ame-bench-proxy-')),
  })
  const [A, B] = stack.servers
  try {
    console.log(
      `\nCached pages, 64 connections, ${DURATION} s each: straight to one instance, then through nginx`,
    )
    for (const [name, ...paths] of PAGES) {
      for (const pagePath of paths) {
        wrk(A.url + pagePath, '2')
        const direct = wrk(A.url + pagePath)
        wrk(stack.proxyURL + pagePath, '2')
        const proxied = wrk(stack.proxyURL + pagePath)
        report(
          `${name} ${pagePath}`,
          `direct ${Math.round(direct.rps)} req/s, p50 ${direct.p50} ms, p99 ${direct.p99} ms, ${direct.socketErrors} socket errors | nginx ${Math.round(proxied.rps)} req/s, p50 ${proxied.p50} ms, p99 ${proxied.p99} ms, ${proxied.socketErrors} socket errors, ${proxied.non2xx} non-2xx`,
          `${(proxied.rps / direct.rps).toFixed(1)}×`,
        )
      }
    }

    console.log('\nPublish through instance A → visible through nginx (both languages)')
    const token = await adminToken(A.url)
    const durations = await publishToVisible(token, 20, {
      writeTo: A.url,
      readFrom: stack.proxyURL,
    })
    report(
      'publish on A → visible through nginx, p50 / p95 / max of 20',
      `${percentile(durations, 50).toFixed(0)} / ${percentile(durations, 95).toFixed(0)} / ${Math.max(...durations).toFixed(0)} ms`,
    )

    // Every request its own query string, so each one reaches an instance.
    const script = path.join(stack.dir, 'uncached.lua')
    const all = PAGES.flatMap(([, ...paths]) => paths)
    fs.writeFileSync(
      script,
      `local paths = { ${all.map((p) => `"${p}"`).join(', ')} }\nlocal n = 0\nrequest = function()\n  n = n + 1\n  return wrk.format(nil, paths[(n % #paths) + 1] .. "?load=" .. n)\nend\n`,
    )
    for (const [label, signal, uncached] of [
      ['SIGTERM (a deploy), uncached requests', 'SIGTERM', true],
      ['SIGKILL (a crash), cached pages', 'SIGKILL', false],
      ['SIGKILL (a crash), uncached requests', 'SIGKILL', true],
    ]) {
      if (B.child?.exitCode !== null || B.child?.signalCode) await B.start()
      // wrk blocks this process: the signal comes from a shell of its own, 3 s into the run.
      spawn('sh', ['-c', `sleep 3; kill -${signal.slice(3)} ${B.child.pid}`], { stdio: 'ignore' })
      const run = wrk(`${stack.proxyURL}/en`, '10', uncached ? script : undefined)
      await B.stop(signal)
      report(
        `instance B stopped by ${label}, 10 s through nginx`,
        `${run.requests} requests, ${run.socketErrors} socket errors, ${run.non2xx} non-2xx`,
        `${Math.round(run.rps)} req/s`,
      )
    }
  } finally {
    await stack.stop()
  }
  console.log('\n| measure | value | note |\n|---|---|---|')
  for (const [metric, value, note] of rows) console.log(`| ${metric} | ${value} | ${note} |`)
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
