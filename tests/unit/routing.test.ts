/** Localized addresses without a proxy: the rules next.config is built from, `/` and the switcher. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { localizedPathnames, localizedRedirects } from '@/i18n/localizedRoutes'
import { preferredLocale } from '@/i18n/negotiate'
import { safeSwitchTarget, switchLink } from '@/i18n/switchTarget'

describe('localized routes', () => {
  it('gives every Indonesian address a route folder that serves the English page', () => {
    const app = path.resolve('src/app/(frontend)/[locale]')
    const forms = localizedPathnames()
    expect(forms.length).toBeGreaterThan(15)
    // English addresses are the folders themselves.
    expect(forms.every((form) => form.locale === 'id')).toBe(true)
    for (const { internal, localized } of forms) {
      const folder = path.join(app, localized)
      const file = ['page.tsx', 'route.ts'].find((name) => fs.existsSync(path.join(folder, name)))
      expect(file, `no route folder for /id${localized}`).toBeDefined()
      const source = fs.readFileSync(path.join(folder, file as string), 'utf8')
      expect(source, `/id${localized}`).toContain(
        `from '@/app/(frontend)/[locale]${internal}/${file === 'page.tsx' ? 'page' : 'route'}'`,
      )
    }
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
