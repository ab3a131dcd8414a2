import type { Locale } from '@/i18n/locales'

const numberLocale: Record<Locale, string> = { en: 'en-US', id: 'id-ID' }

/** Rupiah with no decimals: "Rp 350.000" in Indonesian, "IDR 350,000" in English. */
export const formatIdr = (amount: number, locale: Locale): string =>
  new Intl.NumberFormat(numberLocale[locale], {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: locale === 'id' ? 'symbol' : 'code',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(amount)
