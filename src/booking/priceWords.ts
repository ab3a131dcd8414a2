import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { formatIdr } from '@/utilities/format'

type Prices = {
  priceIdr?: number | null
  offerPriceIdr?: number | null
  promoCode?: string | null
}

/** A request's stored price as the guest reads it: "IDR 436,000 with SLOWDOWN20 (regular …)". */
export function priceWords(locale: Locale, { priceIdr, offerPriceIdr, promoCode }: Prices) {
  if (priceIdr == null) return null
  return offerPriceIdr != null && promoCode
    ? translatorFor(locale, 'Booking')('summaryOffer', {
        offer: formatIdr(offerPriceIdr, locale),
        code: promoCode,
        price: formatIdr(priceIdr, locale),
      })
    : formatIdr(priceIdr, locale)
}
