import { locale as localeParam } from 'next/root-params'
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales'

/**
 * The `[locale]` segment of the route being rendered, readable anywhere in the page tree — the
 * not-found page included, which gets no params — without reading request headers, so cached
 * pages stay static. (No proxy runs to pass the locale along in a header.)
 */
export async function routeLocale(): Promise<Locale> {
  const value: unknown = await localeParam()
  return isLocale(value) ? value : DEFAULT_LOCALE
}
