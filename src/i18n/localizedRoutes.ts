import { LOCALES, type Locale } from './locales'
import { routing } from './routing'

type Rule = { source: string; destination: string }

/** "/services/[slug]" → "/services/:slug" (Next's path-matching syntax). */
const toPattern = (pathname: string) =>
  pathname.replace(/\[\.\.\.(\w+)\]/g, ':$1*').replace(/\[(\w+)\]/g, ':$1')

/**
 * Each pathname as it is written in a language where its words differ from the English ones.
 * Those addresses have their own route folders (src/app/(frontend)/[locale]/layanan/… re-export
 * the English page), so Next matches them directly: no rewrite or proxy runs on any request.
 */
export function localizedPathnames(): { internal: string; locale: Locale; localized: string }[] {
  return Object.entries(routing.pathnames).flatMap(([internal, localized]) =>
    typeof localized === 'string'
      ? []
      : LOCALES.filter((locale) => localized[locale] !== internal).map((locale) => ({
          internal,
          locale,
          localized: localized[locale],
        })),
  )
}

/**
 * Permanent moves to the address in the page's own language: a path in the other language's
 * words (/id/services/… → /id/layanan/…), and a path without a language, which gets the
 * language its words belong to (/layanan → /id/layanan, /services → /en/services).
 */
export function localizedRedirects(): (Rule & { permanent: true })[] {
  const rules: (Rule & { permanent: true })[] = []
  for (const [internal, localized] of Object.entries(routing.pathnames)) {
    if (internal === '/') continue
    for (const locale of LOCALES) {
      const own = typeof localized === 'string' ? localized : localized[locale]
      const foreign = LOCALES.filter((other) => other !== locale)
        .map((other) => (typeof localized === 'string' ? localized : localized[other]))
        .filter((path) => path !== own)
      for (const path of foreign) {
        rules.push({
          source: `/${locale}${toPattern(path)}`,
          destination: `/${locale}${toPattern(own)}`,
          permanent: true,
        })
      }
    }
  }
  // Unprefixed: the first word decides the language; a word both languages share goes to English.
  const sections = new Map<string, Locale>()
  for (const locale of LOCALES) {
    for (const localized of Object.values(routing.pathnames)) {
      const first = (typeof localized === 'string' ? localized : localized[locale]).split('/')[1]
      if (first && !first.startsWith('[') && !sections.has(first)) sections.set(first, locale)
    }
  }
  for (const [first, locale] of sections) {
    rules.push({
      source: `/${first}/:path*`,
      destination: `/${locale}/${first}/:path*`,
      permanent: true,
    })
  }
  return rules
}
