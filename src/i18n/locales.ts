export const LOCALES = ['en', 'id'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** Remembers the language a visitor picked with the switcher; `/` reads it. */
export const LOCALE_COOKIE = 'NEXT_LOCALE'
