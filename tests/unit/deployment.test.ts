/**
 * docker-compose.yml and deploy/nginx/nginx.conf describe one production layout: nginx in front
 * of the app instances compose starts, every instance on the shared Redis, behind one trusted
 * proxy. Compose itself checks the file; no Docker engine runs here, so the loopback copy of the
 * layout runs in tests/e2e/_scale-out.spec.ts.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { composeCommand } from '../../scripts/compose-cli.mjs'
import { loopbackNginxConfig } from '../../scripts/scaled-stack.mjs'

type Service = {
  image?: string
  environment?: Record<string, string>
  volumes?: string[]
  depends_on?: Record<string, { condition: string }>
  healthcheck?: unknown
}
const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>
}
const nginx = fs.readFileSync('deploy/nginx/nginx.conf', 'utf8')
const apps = Object.entries(compose.services).filter(([, service]) =>
  service.image?.startsWith('ame-spa-app'),
)

describe('the production layout', () => {
  it('is a file Docker Compose accepts, and it refuses to start without PAYLOAD_SECRET', () => {
    const compose = composeCommand()
    expect(compose, 'docker compose or docker-compose (npm test checks first)').not.toBeNull()
    const [command, ...args] = compose as string[]
    // Only what is given here: neither this shell's variables nor a local .env file.
    const noEnvFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ame-compose-')), 'empty.env')
    fs.writeFileSync(noEnvFile, '')
    const outside = { ...process.env }
    delete outside.PAYLOAD_SECRET
    delete outside.NEXT_PUBLIC_SERVER_URL
    const check = (env: Record<string, string>) =>
      spawnSync(
        command as string,
        [...args, '--env-file', noEnvFile, '-f', 'docker-compose.yml', 'config', '-q'],
        { encoding: 'utf8', env: { ...outside, ...env } },
      )
    const accepted = check({ PAYLOAD_SECRET: 'a'.repeat(64) })
    expect(accepted.status, accepted.stderr).toBe(0)
    const refused = check({})
    expect(refused.status).not.toBe(0)
    expect(refused.stderr).toContain('Set PAYLOAD_SECRET')
  })

  it('runs two app instances on one Redis, one database and one media volume', () => {
    expect(apps.map(([name]) => name)).toEqual(['app1', 'app2'])
    for (const [, app] of apps) {
      expect(app.environment).toMatchObject({
        REDIS_URL: 'redis://redis:6379',
        TRUSTED_PROXY_HOPS: '1',
        DATABASE_URI: expect.stringContaining('replicaSet=rs0'),
      })
      expect(app.volumes).toContain('media:/app/data/media')
      expect(app.healthcheck).toBeTruthy()
    }
    // The second instance starts after the first has made or migrated the database.
    expect(compose.services.app2.depends_on).toEqual({ app1: { condition: 'service_healthy' } })
    for (const name of ['redis', 'mongo', 'nginx']) {
      expect(compose.services[name]?.healthcheck, name).toBeTruthy()
    }
  })

  it('puts nginx, with the repository’s config, in front of exactly those instances', () => {
    expect(compose.services.nginx.volumes).toContain(
      './deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro',
    )
    const upstreams = [...nginx.matchAll(/^\s*server (\S+):3000 /gm)].map((match) => match[1])
    expect(upstreams).toEqual(apps.map(([name]) => name))
  })

  it('lets the instances, and only them, ask nginx to refresh pages after a publish', () => {
    const refreshPort = /listen (\d+); # loopback: refresh listen/.exec(nginx)?.[1]
    expect(refreshPort).toBeTruthy()
    for (const [, app] of apps) {
      expect(app.environment?.PROXY_REFRESH_URL).toBe(`http://nginx:${refreshPort}`)
    }
    const published = (compose.services.nginx as { ports?: string[] }).ports ?? []
    expect(published).toEqual(['${NGINX_PORT:-8080}:80'])
  })

  it('runs on loopback with only the marked lines changed', () => {
    const loopback = loopbackNginxConfig({
      dir: '/tmp/x',
      listenPort: 3480,
      refreshPort: 3481,
      appPorts: [3400, 3401, 3402],
    })
    expect(loopback).toContain('listen 127.0.0.1:3480 default_server;')
    expect(loopback).toContain('listen 127.0.0.1:3481;')
    expect(loopback.match(/server 127\.0\.0\.1:340\d max_fails=1/g)).toHaveLength(3)
    expect(loopback).not.toMatch(/app[12]:3000|\/var\/(cache|run|log)\//)
    const unmarked = (text: string) =>
      text
        .split('\n')
        .filter(
          (line) => !line.includes('# loopback:') && !/_temp_path|127\.0\.0\.1|\/tmp\/x/.test(line),
        )
    expect(unmarked(loopback)).toEqual(unmarked(nginx))
  })
})
