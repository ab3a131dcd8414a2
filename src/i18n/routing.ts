import { defineRouting } from 'next-intl/routing'
import { DEFAULT_LOCALE, LOCALES } from './locales'

/**
 * Every public address in both languages. Each has its own app folder under [locale] (the
 * Indonesian ones re-export the English page); next.config turns this table into the permanent
 * redirects for other-language and unprefixed addresses (src/i18n/localizedRoutes.ts).
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'always',
  // The CMS owns document slugs, so pages emit their own hreflang links.
  alternateLinks: false,
  pathnames: {
    '/': '/',
    '/services': { en: '/services', id: '/layanan' },
    '/services/[slug]': { en: '/services/[slug]', id: '/layanan/[slug]' },
    '/services/filter/[type]/[goal]': {
      en: '/services/filter/[type]/[goal]',
      id: '/layanan/filter/[type]/[goal]',
    },
    '/massage-types': { en: '/massage-types', id: '/jenis-pijat' },
    '/massage-types/[slug]': { en: '/massage-types/[slug]', id: '/jenis-pijat/[slug]' },
    '/therapists': { en: '/therapists', id: '/terapis' },
    '/therapists/[slug]': { en: '/therapists/[slug]', id: '/terapis/[slug]' },
    '/compare': { en: '/compare', id: '/perbandingan' },
    '/compare/[slug]': { en: '/compare/[slug]', id: '/perbandingan/[slug]' },
    '/compare/massage-types/[first]/[second]': {
      en: '/compare/massage-types/[first]/[second]',
      id: '/perbandingan/jenis-pijat/[first]/[second]',
    },
    '/guide': { en: '/guide', id: '/panduan' },
    '/guide/result': { en: '/guide/result', id: '/panduan/hasil' },
    '/guide/[goal]/[pressure]/[conditions]': {
      en: '/guide/[goal]/[pressure]/[conditions]',
      id: '/panduan/[goal]/[pressure]/[conditions]',
    },
    '/promotions': { en: '/promotions', id: '/promo' },
    '/promotions/[slug]': { en: '/promotions/[slug]', id: '/promo/[slug]' },
    '/contact': { en: '/contact', id: '/kontak' },
    '/book': { en: '/book', id: '/pesan' },
    '/book/[result]': { en: '/book/[result]', id: '/pesan/[result]' },
    '/book/request/[token]': { en: '/book/request/[token]', id: '/pesan/permintaan/[token]' },
    // Pages editors build (About, privacy, campaigns): /en/<slug>, /id/<slug>.
    '/[slug]': '/[slug]',
  },
})

export type AppPathname = keyof typeof routing.pathnames
