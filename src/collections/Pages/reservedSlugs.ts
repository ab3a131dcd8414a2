import { routing } from '@/i18n/routing'

/**
 * First words of the site's own addresses in either language (/en/services, /id/layanan, …) and
 * of the app's: a page there would never be reached.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  ...Object.values(routing.pathnames).flatMap((localized) =>
    (typeof localized === 'string' ? [localized] : Object.values(localized))
      .map((path) => path.split('/')[1])
      .filter((word): word is string => Boolean(word) && !word.startsWith('[')),
  ),
  'admin',
  'api',
  'preview',
  'language',
  'sitemap.xml',
  'robots.txt',
])
