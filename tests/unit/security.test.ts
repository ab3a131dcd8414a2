/** Redirect targets, the static security headers and the geo-operator guard. */
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from '@/config/securityHeaders'
import { findGeoOperator } from '@/hooks/refuseGeoQueries'
import { findControlCharacter } from '@/hooks/refuseControlCharacters'
import { isSameSitePath, refererPath } from '@/security/safePath'

describe('redirect targets', () => {
  it.each([
    ['/en/services', true],
    ['/id/layanan/pijat-batu-panas', true],
    ['/', true],
    ['//evil.example/x', false],
    ['/\\evil.example', false],
    ['/en//evil', false],
    ['https://evil.example', false],
    ['javascript:alert(1)', false],
    ['evil.example', false],
    ['/en/\u0000x', false],
    ['/en/\tx', false],
  ])('%s is a same-site path: %s', (path, expected) => {
    expect(isSameSitePath(path)).toBe(expected)
  })

  it.each([
    ['http://attacker.example//evil.example/x', '/'],
    ['http://127.0.0.1:3000/en/services', '/en/services'],
    ['https://www.amespa.example/id/layanan?x=1', '/id/layanan'],
    ['not a url', '/'],
    [null, '/'],
  ])('leaving preview from referer %s goes to %s', (referer, expected) => {
    expect(refererPath(referer)).toBe(expected)
  })
})

describe('security headers', () => {
  it('allow this site only, with inline scripts and styles for the framework', () => {
    const policy = contentSecurityPolicy()
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'self'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      expect(policy).toContain(directive)
    }
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toMatch(/https?:\/\//)
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-eval'")
  })

  it('add upgrade-insecure-requests only for an https site; HSTS is decided per request', () => {
    const names = (url: string | undefined) =>
      securityHeaders(url, false).map((header) => header.key)
    // Fixed at build time it was missing whenever CI built without the https address (F20).
    expect(names('https://www.amespa.example')).not.toContain('Strict-Transport-Security')
    const policy = (url: string) =>
      securityHeaders(url, false).find((header) => header.key === 'Content-Security-Policy')?.value
    expect(policy('https://www.amespa.example')).toContain('upgrade-insecure-requests')
    expect(policy('http://localhost:3000')).not.toContain('upgrade-insecure-requests')
  })
})

describe('query and text guards', () => {
  it('find geo operators anywhere in a where tree', () => {
    expect(findGeoOperator({ name: { near: '1,2' } })).toEqual({ field: 'name', operator: 'near' })
    expect(
      findGeoOperator({ or: [{ slug: { equals: 'x' } }, { and: [{ name: { within: {} } }] }] }),
    ).toEqual({
      field: 'name',
      operator: 'within',
    })
    expect(findGeoOperator({ name: { equals: 'near' } })).toBeNull()
    expect(findGeoOperator(undefined)).toBeNull()
  })

  it('find control characters but allow tabs and line breaks', () => {
    expect(findControlCharacter({ name: 'Hot\u0000stone' })).toBe('name')
    expect(findControlCharacter({ options: [{ label: 'ok' }, { label: 'bell\u0007' }] })).toBe(
      'options.1.label',
    )
    expect(findControlCharacter({ body: 'Line one\nLine two\tindented\r\n' })).toBeNull()
  })
})
