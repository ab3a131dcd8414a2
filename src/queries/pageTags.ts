import type { Locale } from '@/i18n/locales'
import { contentTag } from './tags'

/** The cache tag of one page's own content in one language. */
export const pageTag = (id: string, locale: Locale) => contentTag(`page:${id}`, locale)
