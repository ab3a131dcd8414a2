/** Localized addresses without a proxy: the rules next.config is built from, `/` and the switcher. */
import { describe, expect, it } from 'vitest'
import { localizedRedirects, localizedRewrites } from '@/i18n/localizedRoutes'
import { preferredLocale } from '@/i18n/negotiate'
import { safeSwitchTarget, switchLink } from '@/i18n/switchTarget'

describe('localized routes', () => {
  it('serves Indonesian addresses from the English route folders', () => {
    expect(localizedRewrites()).toEqual(
      expect.arrayContaining([
        { source: '/id/layanan/:slug', destination: '/id/services/:slug' },
        {
          source: '/id/perbandingan/jenis-pijat/:first/:second',
          destination: '/id/compare/massage-types/:first/:second',
        },
        { source: '/id/panduan/hasil', destination: '/id/guide/result' },
        { source: '/id/pesan/:result', destination: '/id/book/:result' },
      ]),
    )
    // English addresses are the folders themselves.
    expect(localizedRewrites().some((rule) => rule.source.startsWith('/en/'))).toBe(false)
  })

  it('moves addresses in the other language’s words, and without a language, permanently', () => {
    const rules = localizedRedirects()
    expect(rules).toEqual(
      expect.arrayContaining([
        { source: '/id/services/:slug', destination: '/id/layanan/:slug', permanent: true },
        { source: '/en/layanan/:slug', destination: '/en/services/:slug', permanent: true },
        { source: '/services/:path*', destination: '/en/services/:path*', permanent: true },
        { source: '/layanan/:path*', destination: '/id/layanan/:path*', permanent: true },
      ]),
    )
    // Nothing redirects a page to itself.
    expect(rules.filter((rule) => rule.source === rule.destination)).toEqual([])
  })
})

describe('`/` chooses a language', () => {
  it('by the saved choice first, then the browser’s languages by quality, else English', () => {
    expect(preferredLocale('id', 'en-US,en;q=0.9')).toBe('id')
    expect(preferredLocale(undefined, 'id-ID,id;q=0.9,en;q=0.8')).toBe('id')
    expect(preferredLocale(undefined, 'en-GB,en;q=0.9,id;q=0.8')).toBe('en')
    expect(preferredLocale(undefined, 'en;q=0.5, id;q=0.9')).toBe('id')
    expect(preferredLocale(undefined, 'ja-JP,ja;q=0.9')).toBe('en')
    expect(preferredLocale(undefined, 'in-ID')).toBe('id')
    expect(preferredLocale('fr', null)).toBe('en')
    expect(preferredLocale(undefined, 'id;q=0, en;q=0.1')).toBe('en')
  })
})

describe('the language switcher', () => {
  it('only ever leads to a path of this site in the chosen language', () => {
    expect(safeSwitchTarget('id', '/id/layanan/pijat-deep-tissue')).toBe(
      '/id/layanan/pijat-deep-tissue',
    )
    expect(safeSwitchTarget('id', '/id')).toBe('/id')
    for (const hostile of [
      '//evil.example/x',
      'https://evil.example/id',
      '/id//evil.example',
      '/id/\\evil.example',
      '/en/services',
      '/identity-theft',
      'javascript:alert(1)',
      '/id/\u0000',
      null,
    ]) {
      expect(safeSwitchTarget('id', hostile)).toBe('/id')
    }
    expect(switchLink('en', '/en/services/deep-tissue-massage')).toBe(
      '/language/en?to=%2Fen%2Fservices%2Fdeep-tissue-massage',
    )
  })
})
