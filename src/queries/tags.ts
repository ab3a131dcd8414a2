import type { Locale } from '@/i18n/locales'

/** One cache tag per content source and locale, e.g. "services:id". */
export const contentTag = (source: string, locale: Locale) => `${source}:${locale}`
