import type { Locale } from './locales'
import { getPathname } from './navigation'

type Href = Parameters<typeof getPathname>[0]['href']

/** The public address of a page in one language, e.g. /id/layanan/pijat-deep-tissue. */
export const pathFor = (locale: Locale, href: Href): string => getPathname({ locale, href })

export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'id' : 'en')
