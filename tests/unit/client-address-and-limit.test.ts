/**
 * The per-address limit: which address a request counts against, and a memory bound that never
 * releases a blocked address early.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { listenForClientAddresses } from '@/config/clientAddress'
import { PROXY_ADVICE, proxyMistake } from '@/config/proxyChecks'
import {
  CLIENT_ADDRESS_HEADER,
  resolveClientAddress,
  trustedProxyHops,
} from '@/security/clientAddress'
import { createRateLimiter } from '@/security/rateLimit'

describe('the client address', () => {
  it('is the socket address unless proxies are trusted', () => {
    expect(resolveClientAddress('::ffff:203.0.113.7', '1.2.3.4', 0)).toBe('203.0.113.7')
    expect(resolveClientAddress('10.0.0.2', '1.2.3.4, 198.51.100.20', 1)).toBe('198.51.100.20')
    expect(resolveClientAddress('10.0.0.2', 'forged, 198.51.100.20, 10.0.0.1', 2)).toBe(
      '198.51.100.20',
    )
    // Fewer entries than proxies: the leftmost one; none: the socket.
    expect(resolveClientAddress('10.0.0.2', '198.51.100.20', 3)).toBe('198.51.100.20')
    expect(resolveClientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2')
  })

  it('reads TRUSTED_PROXY_HOPS, ignoring nonsense', () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('2')).toBe(2)
    expect(trustedProxyHops('-1')).toBe(0)
    expect(trustedProxyHops('lots')).toBe(0)
  })

  describe('stamped on every request of a real HTTP server', () => {
    let stop: (() => void) | undefined
    afterEach(() => stop?.())

    async function addressSeen(hops: number, headers: Record<string, string>): Promise<string> {
      stop = listenForClientAddresses(hops)
      const server = http.createServer((req, res) =>
        res.end(String(req.headers[CLIENT_ADDRESS_HEADER])),
      )
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      try {
        const { port } = server.address() as AddressInfo
        const response = await fetch(`http://127.0.0.1:${port}/`, { headers })
        return await response.text()
      } finally {
        server.close()
      }
    }

    it('ignores X-Forwarded-For and a forged stamp when no proxy is trusted', async () => {
      const seen = await addressSeen(0, {
        'X-Forwarded-For': '203.0.113.99',
        [CLIENT_ADDRESS_HEADER]: '203.0.113.98',
      })
      expect(seen).toBe('127.0.0.1')
    })

    it('takes the address the trusted proxy appended', async () => {
      const seen = await addressSeen(1, { 'X-Forwarded-For': 'forged, 198.51.100.5' })
      expect(seen).toBe('198.51.100.5')
    })

    async function answer(hops: number, headers: Record<string, string>, warnings: string[]) {
      stop = listenForClientAddresses(hops, (message) => warnings.push(message))
      const server = http.createServer((req, res) => res.end('ok'))
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      try {
        const { port } = server.address() as AddressInfo
        return await fetch(`http://127.0.0.1:${port}/`, { headers })
      } finally {
        server.close()
      }
    }

    it('adds HSTS at run time when the trusted proxy received https, not for plain http (F20)', async () => {
      const warnings: string[] = []
      const secure = await answer(
        1,
        { 'X-Forwarded-For': '198.51.100.5', 'X-Forwarded-Proto': 'https' },
        warnings,
      )
      expect(secure.headers.get('strict-transport-security')).toBe('max-age=31536000')
      stop?.()
      const plain = await answer(
        1,
        { 'X-Forwarded-For': '198.51.100.5', 'X-Forwarded-Proto': 'http' },
        warnings,
      )
      expect(plain.headers.get('strict-transport-security')).toBeNull()
      stop?.()
      // Without a trusted proxy the header is the client's own word: no HSTS from it.
      const forged = await answer(0, { 'X-Forwarded-Proto': 'https' }, warnings)
      expect(forged.headers.get('strict-transport-security')).toBeNull()
    })

    it('warns once when a proxy forwards but TRUSTED_PROXY_HOPS is not set (F9)', async () => {
      const warnings: string[] = []
      stop = listenForClientAddresses(0, (message) => warnings.push(message))
      const server = http.createServer((req, res) => res.end('ok'))
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      try {
        const { port } = server.address() as AddressInfo
        for (const client of ['198.51.100.5', '198.51.100.6']) {
          await fetch(`http://127.0.0.1:${port}/`, { headers: { 'X-Forwarded-For': client } })
        }
      } finally {
        server.close()
      }
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/TRUSTED_PROXY_HOPS is not set.*Set TRUSTED_PROXY_HOPS=1/)
    })
  })

  it('knows when a trusted proxy is bypassed from the internet (F9)', () => {
    const request = { headers: { 'x-forwarded-for': '1.2.3.4' } }
    expect(proxyMistake('203.0.113.7', request, 1)).toBe('proxy-bypassed')
    expect(proxyMistake('10.0.0.2', request, 1)).toBeNull()
    expect(proxyMistake('::ffff:127.0.0.1', request, 0)).toBe('proxy-not-trusted')
    expect(proxyMistake('203.0.113.7', request, 0)).toBeNull()
    expect(proxyMistake('127.0.0.1', { headers: {} }, 0)).toBeNull()
    expect(PROXY_ADVICE['proxy-bypassed']('203.0.113.7', 1)).toMatch(/unset TRUSTED_PROXY_HOPS/)
  })
})

describe('the rate limiter', () => {
  it('allows the limit per window, then refuses with the time left', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 })
    const t0 = 1_000_000
    expect([1, 2, 3].map((i) => limiter.take('a', t0 + i).allowed)).toEqual([true, true, true])
    expect(limiter.take('a', t0 + 10_000)).toEqual({ allowed: false, retryAfterMs: 50_001 })
    expect(limiter.take('b', t0 + 10_000).allowed).toBe(true)
    expect(limiter.take('a', t0 + 60_002).allowed).toBe(true) // a new window
  })

  it('stays bounded under a flood of new keys without ever unblocking a blocked one', () => {
    const limiter = createRateLimiter({ limit: 5, windowMs: 600_000, maxKeys: 10_000 })
    const t0 = 5_000_000
    for (let i = 0; i < 5; i += 1) limiter.take('attacker', t0)
    expect(limiter.take('attacker', t0).allowed).toBe(false)
    for (let i = 0; i < 10_050; i += 1) limiter.take(`junk-${i}`, t0 + 1)
    expect(limiter.size()).toBeLessThanOrEqual(10_000)
    expect(limiter.isBlocked('attacker', t0 + 2)).toBe(true)
    expect(limiter.take('attacker', t0 + 2).allowed).toBe(false)
    // The oldest unblocked keys went first; recent visitors are still counted.
    expect(limiter.take('junk-10049', t0 + 3).allowed).toBe(true)
  })

  it('refuses newcomers rather than forget a blocked key when every key is blocked', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 600_000, maxKeys: 3 })
    for (const key of ['a', 'b', 'c']) limiter.take(key, 0)
    expect(limiter.take('d', 1).allowed).toBe(false)
    expect(['a', 'b', 'c'].every((key) => limiter.isBlocked(key, 2))).toBe(true)
    // Once their windows end there is room again.
    expect(limiter.take('d', 600_001).allowed).toBe(true)
  })
})

describe('requests the framework would answer with a 500 (probe F3)', () => {
  let stop: (() => void) | undefined
  afterEach(() => stop?.())

  /** Sends one raw request line (fetch cannot send TRACE or `*`) and returns the status line. */
  async function raw(port: number, requestLine: string): Promise<string> {
    const net = await import('node:net')
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
      )
      let answer = ''
      socket.on('data', (chunk) => (answer += chunk.toString()))
      socket.on('end', () => resolve(answer))
      socket.on('error', reject)
    })
  }

  it('answers TRACE, other methods and `*` itself before the app sees them', async () => {
    stop = listenForClientAddresses(0)
    const reached: string[] = []
    // Stands in for Next, which fails on these with a 500.
    const server = http.createServer((req, res) => {
      reached.push(`${req.method} ${req.url}`)
      if (req.method === 'TRACE' || req.url === '*') throw new Error('the framework fails here')
      res.end('page')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const trace = await raw(port, 'TRACE /api/services HTTP/1.1')
      expect(trace).toMatch(/^HTTP\/1\.1 405 /)
      expect(trace).toMatch(/\r\nAllow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n/)
      expect(await raw(port, 'OPTIONS * HTTP/1.1')).toMatch(/^HTTP\/1\.1 204 /)
      expect(await raw(port, 'GET * HTTP/1.1')).toMatch(/^HTTP\/1\.1 400 /)
      expect(await raw(port, 'PROPFIND /en HTTP/1.1')).toMatch(/^HTTP\/1\.1 405 /)
      expect(await raw(port, 'GET /en HTTP/1.1')).toMatch(/^HTTP\/1\.1 200 [\s\S]*page$/)
      expect(reached).toEqual(['GET /en'])
    } finally {
      server.close()
    }
  })
})
