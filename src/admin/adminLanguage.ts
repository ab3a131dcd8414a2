import type { Locale } from '@/i18n/locales'

export type Bilingual = { en: string; id: string }

type WithLanguage = { i18n?: { language?: string } } | null | undefined

/** The admin's language for a request: Indonesian when the staff member works in it. */
export const adminLanguage = (req: WithLanguage): Locale =>
  req?.i18n?.language === 'id' ? 'id' : 'en'

/** A message in the language of the staff member who made the request. */
export const say = (req: WithLanguage, text: Bilingual): string => text[adminLanguage(req)]

/** A number grouped as the admin's language writes it: "1.000" or "1,000". */
export const groupNumber = (value: number, language: Locale): string =>
  value.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB')
