import { getRequestConfig } from 'next-intl/server'
import { DEFAULT_LOCALE, isLocale } from './locales'

// Every page and component passes its locale explicitly (getTranslations({ locale, … })).
// `requestLocale` is deliberately not read: with no proxy to pass the locale in a header, next-intl
// would fall back to reading request headers, which makes cached pages dynamic.
export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit) ? explicit : DEFAULT_LOCALE
  return {
    locale,
    timeZone: 'Asia/Jakarta',
    messages: (await import(`../../messages/${locale}.json`)).default,
  }
})
