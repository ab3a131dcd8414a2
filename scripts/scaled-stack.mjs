// The production layout of docker-compose.yml on loopback, from the current build: Redis, several
// app instances on one database and one media folder, and nginx in front with the repository's
// own deploy/nginx/nginx.conf. Used by the scale-out browser test, `npm run bench --
// --through-proxy`, and by hand:
//   node scripts/scaled-stack.mjs            (then open the printed address; Ctrl-C stops it)
// Needs `npm run build`, Debian's nginx and redis-server (apt-get install nginx redis-server).
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { startSmtpSink } from './smtp-sink.mjs'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** What is missing to run the stack here, as one line each with its fix. */
export function missingForScaledStack() {
  const missing = []
  for (const [command, hint] of [
    ['nginx', 'apt-get install -y nginx'],
    ['redis-server', 'apt-get install -y redis-server'],
  ]) {
    if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
      missing.push(`${command} is not installed: ${hint}`)
    }
  }
  if (!fs.existsSync('.next/BUILD_ID')) missing.push('no production build: npm run build')
  return missing
}

/** deploy/nginx/nginx.conf with its "loopback:" lines pointed at this machine's folders and ports. */
export function loopbackNginxConfig({ dir, listenPort, refreshPort, appPorts }) {
  const source = fs.readFileSync(path.resolve('deploy/nginx/nginx.conf'), 'utf8')
  const upstreams = appPorts
    .map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`)
    .join('\n')
  let upstreamWritten = false
  const lines = source.split('\n').flatMap((line) => {
    const marker = /# loopback: ([\w ]+)$/.exec(line)
    if (!marker) return [line]
    const indent = /^\s*/.exec(line)[0]
    switch (marker[1]) {
      case 'pid':
        return [`pid ${dir}/nginx.pid;`]
      case 'error_log':
        return [`error_log ${dir}/error.log warn;`]
      case 'mime':
      case 'access_log':
        return [line]
      case 'temp paths':
        return ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (kind) => `${indent}${kind}_temp_path ${dir}/temp/${kind};`,
        )
      case 'cache':
        return [line.replace('/var/cache/nginx/ame-spa', `${dir}/cache`)]
      case 'upstream':
        if (upstreamWritten) return []
        upstreamWritten = true
        return [upstreams]
      case 'compress socket':
        return [line.replace('/var/run/nginx-ame-compress.sock', `${dir}/compress.sock`)]
      case 'listen':
        return [`${indent}listen 127.0.0.1:${listenPort} default_server;`]
      case 'refresh listen':
        return [`${indent}listen 127.0.0.1:${refreshPort};`]
      default:
        throw new Error(`deploy/nginx/nginx.conf: unknown loopback marker "${marker[1]}"`)
    }
  })
  return lines.join('\n')
}

async function waitFor(url, { child, output, seconds = 180 }) {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`${url}: the process exited with ${child.exitCode}:\n${output?.() ?? ''}`)
    }
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  throw new Error(`${url} did not answer within ${seconds} s:\n${output?.() ?? ''}`)
}

function logged(child) {
  let log = ''
  const keep = (chunk) => {
    log += chunk.toString()
    if (log.length > 400_000) log = log.slice(-200_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => log
}

/**
 * Starts Redis, `instances` production servers (ports basePort, basePort + 1, …) sharing one
 * SQLite file, one media folder, one secret and one SMTP sink, and nginx on `proxyPort`.
 * E2E_TEMPLATE_DIR (or `templateDir`) starts from a seeded copy; otherwise the first instance
 * seeds an empty database before the others start.
 */
export async function startScaledStack({
  dir,
  instances = 2,
  basePort = 3400,
  proxyPort = 3480,
  refreshPort = proxyPort + 1,
  redisPort = 6480,
  templateDir = process.env.E2E_TEMPLATE_DIR,
  env = {},
}) {
  dir = path.resolve(dir)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'redis'), { recursive: true })
  if (templateDir && fs.existsSync(path.join(templateDir, 'e2e.db'))) {
    fs.cpSync(templateDir, path.join(dir, 'data'), { recursive: true })
  }
  fs.mkdirSync(path.join(dir, 'data', 'media'), { recursive: true })
  const children = []
  const stopAll = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            child.once('exit', resolve)
            child.kill('SIGTERM')
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
          }),
      ),
    )
  }

  try {
    const redis = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { cwd: path.join(dir, 'redis'), stdio: ['ignore', 'pipe', 'pipe'] },
    )
    children.push(redis)
    const redisLog = logged(redis)
    const redisURL = `redis://127.0.0.1:${redisPort}`
    for (let tries = 0; !redisLog().includes('Ready to accept connections'); tries += 1) {
      if (redis.exitCode !== null || tries > 100) {
        throw new Error(`redis-server did not start:\n${redisLog()}`)
      }
      await sleep(100)
    }

    const sink = await startSmtpSink({ dir: path.join(dir, 'mail') })
    const proxyURL = `http://127.0.0.1:${proxyPort}`
    const secret = crypto.randomBytes(32).toString('hex')
    const servers = Array.from({ length: instances }, (_, index) => {
      const port = basePort + index
      const server = {
        index,
        port,
        url: `http://127.0.0.1:${port}`,
        child: null,
        log: () => '',
        async start() {
          const child = spawn(
            process.execPath,
            [
              'node_modules/next/dist/bin/next',
              'start',
              '-p',
              String(port),
              '--keepAliveTimeout',
              '70000',
            ],
            {
              stdio: ['ignore', 'pipe', 'pipe'],
              env: {
                ...process.env,
                NODE_ENV: 'production',
                NEXT_TELEMETRY_DISABLED: '1',
                DATABASE_URI: `file:${path.join(dir, 'data', 'e2e.db')}`,
                MEDIA_DIR: path.join(dir, 'data', 'media'),
                PAGE_CACHE_DIR: path.join(dir, `next-cache-${index}`),
                PAYLOAD_SECRET: secret,
                NEXT_PUBLIC_SERVER_URL: proxyURL,
                REDIS_URL: redisURL,
                PROXY_REFRESH_URL: `http://127.0.0.1:${refreshPort}`,
                TRUSTED_PROXY_HOPS: '1',
                SMTP_URL: sink.url,
                EMAIL_FROM: 'Ame Spa <bookings@amespa.example>',
                STAFF_EMAIL_BURST: '1000',
                ...env,
              },
            },
          )
          children.push(child)
          server.child = child
          server.log = logged(child)
          await waitFor(`${server.url}/api/health`, {
            child,
            output: () => server.log().slice(-20_000),
          })
        },
        /** Stops this instance at once, as a crash would (SIGKILL), or politely (SIGTERM). */
        async stop(signal = 'SIGKILL') {
          const child = server.child
          if (!child || child.exitCode !== null || child.signalCode !== null) return
          await new Promise((resolve) => {
            child.once('exit', resolve)
            child.kill(signal)
          })
        },
      }
      return server
    })
    // The first one makes or migrates the database; the others find it ready.
    await servers[0].start()
    await Promise.all(servers.slice(1).map((server) => server.start()))

    const nginxDir = path.join(dir, 'nginx')
    for (const sub of ['cache', 'temp']) fs.mkdirSync(path.join(nginxDir, sub), { recursive: true })
    // nginx started by root runs its workers as nobody, who must write the cache.
    if (process.getuid?.() === 0) spawnSync('chmod', ['-R', 'a+rwX', nginxDir])
    const configFile = path.join(nginxDir, 'nginx.conf')
    fs.writeFileSync(
      configFile,
      loopbackNginxConfig({
        dir: nginxDir,
        listenPort: proxyPort,
        refreshPort,
        appPorts: servers.map((server) => server.port),
      }),
    )
    const check = spawnSync('nginx', ['-t', '-q', '-p', nginxDir, '-c', configFile], {
      encoding: 'utf8',
    })
    if (check.status !== 0) throw new Error(`nginx refused ${configFile}:\n${check.stderr}`)
    const nginx = spawn('nginx', ['-p', nginxDir, '-c', configFile, '-g', 'daemon off;'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(nginx)
    const nginxLog = logged(nginx)
    await waitFor(`${proxyURL}/api/health`, { child: nginx, output: nginxLog, seconds: 20 })

    return {
      dir,
      proxyURL,
      redisURL,
      redisPort,
      servers,
      mailDir: path.join(dir, 'mail'),
      nginxLog: () => nginxLog() + readIfThere(path.join(nginxDir, 'error.log')),
      async stop() {
        await stopAll()
        await sink.close()
      },
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

function readIfThere(file) {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const missing = missingForScaledStack()
  if (missing.length) {
    console.error(missing.join('\n'))
    process.exit(2)
  }
  const stack = await startScaledStack({ dir: path.join(os.tmpdir(), 'ame-spa-scaled') })
  console.log(
    `nginx ${stack.proxyURL} → ${stack.servers.map((s) => s.url).join(', ')}; Redis ${stack.redisURL}`,
  )
  console.log('Ctrl-C stops everything.')
  const stop = () => void stack.stop().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
