import type { Locale } from '@/i18n/locales'

const numberLocale: Record<Locale, string> = { en: 'en-US', id: 'id-ID' }
/** Dates in British English, matching the site's spelling ("26 January 2027"). */
const dateLocale: Record<Locale, string> = { en: 'en-GB', id: 'id-ID' }

/** Rupiah with no decimals: "Rp 350.000" in Indonesian, "IDR 350,000" in English. */
export const formatIdr = (amount: number, locale: Locale): string =>
  new Intl.NumberFormat(numberLocale[locale], {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: locale === 'id' ? 'symbol' : 'code',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  })
    .format(amount)
    .replace(/\u00a0/g, ' ')

/** "10:00" → "10.00" in Indonesian (as in "10.00 WIB"), unchanged in English. */
export const formatClock = (clock: string, locale: Locale): string =>
  locale === 'id' ? clock.replace(':', '.') : clock

/** A calendar date (no time of day) in the page's language, e.g. "31 Agustus 2027". */
export const formatDate = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(dateLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso))

/** The time of day in Jakarta, e.g. "23:59" (English) or "23.59" (Indonesian). */
export const formatJakartaClock = (iso: string, locale: Locale): string =>
  formatClock(
    new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Jakarta',
    }).format(new Date(iso)),
    locale,
  )

/** A "YYYY-MM-DD" day with its weekday: "Tuesday, 15 December 2026" / "Selasa, 15 Desember 2026". */
export const formatDayDate = (isoDate: string, locale: Locale): string =>
  new Intl.DateTimeFormat(dateLocale[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(`${isoDate}T12:00:00+07:00`))
