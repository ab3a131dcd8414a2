import { DEFAULT_LOCALE, isLocale, type Locale } from './locales'

/**
 * The language for `/`: the one the visitor picked before (cookie), else the first of their
 * browser's languages we speak (Accept-Language, by quality), else English.
 */
export function preferredLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().split(';')
      const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag.trim().toLowerCase(), q: quality ? Number(quality.slice(2)) : 1 }
    })
    .filter((range) => range.tag && range.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0]
    // "in" is the old ISO code for Indonesian that some systems still send.
    if (primary === 'id' || primary === 'in') return 'id'
    if (primary === 'en') return 'en'
  }
  return DEFAULT_LOCALE
}
