import type { Locale } from '@/i18n/locales'
import { formatJakartaClock } from '@/utilities/format'

const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', id: 'id-ID' }

/** "Sen 7 Des" / "Mon 7 Dec": the short day and date in Jakarta. */
const shortJakartaDay = (iso: string, language: Locale): string =>
  new Intl.DateTimeFormat(DATE_LOCALE[language], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'Asia/Jakarta',
  })
    .format(new Date(iso))
    .replace(',', '')

/**
 * What to tell the editor who has just published a promotion that starts later — "Tayang Sen
 * 7 Des, 00.00 WIB" — or null when it is live already.
 */
export function goesLiveMessage(startsAt: string, now: Date, language: Locale): string | null {
  const start = new Date(startsAt)
  if (Number.isNaN(start.getTime()) || start <= now) return null
  const when = `${shortJakartaDay(startsAt, language)}, ${formatJakartaClock(startsAt, language)} WIB`
  return language === 'id' ? `Tayang ${when}` : `Goes live ${when}`
}
