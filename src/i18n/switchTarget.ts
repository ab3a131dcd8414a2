import { isSameSitePath } from '@/security/safePath'

/**
 * Where the language switcher may send a visitor: a path of this site in that language only —
 * never another host (`//evil.example`), a backslash trick, a scheme or control characters.
 */
export function safeSwitchTarget(locale: string, to: string | null): string {
  if (!to) return `/${locale}`
  const sameLanguage = to === `/${locale}` || to.startsWith(`/${locale}/`)
  return sameLanguage && isSameSitePath(to) ? to : `/${locale}`
}

/** The switcher's link: remembers the choice, then lands on `path` (this page in `locale`). */
export const switchLink = (locale: string, path: string): string =>
  `/language/${locale}?to=${encodeURIComponent(path)}`
