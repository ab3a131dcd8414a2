import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Promotion } from '@/payload-types'
import { formatDate, formatIdr, formatJakartaClock } from '@/utilities/format'

type Terms = Pick<
  Promotion,
  | 'discountType'
  | 'percentOff'
  | 'amountOffIdr'
  | 'packageDurationMinutes'
  | 'packagePriceIdr'
  | 'startsAt'
  | 'endsAt'
>

/** "20% off", "IDR 50,000 off", "90-minute session for IDR 600,000", and the WIB end. */
export async function promotionText(promotion: Terms, locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Promotions' })
  let discount = ''
  if (promotion.discountType === 'percentage' && promotion.percentOff) {
    discount = t('percentOff', { percent: promotion.percentOff })
  } else if (promotion.discountType === 'fixedAmount' && promotion.amountOffIdr) {
    discount = t('amountOff', { amount: formatIdr(promotion.amountOffIdr, locale) })
  } else if (promotion.packagePriceIdr && promotion.packageDurationMinutes) {
    discount = t('packagePrice', {
      minutes: promotion.packageDurationMinutes,
      price: formatIdr(promotion.packagePriceIdr, locale),
    })
  }
  const endDate = formatDate(promotion.endsAt, locale)
  const ends = t('endsAt', { date: endDate, time: formatJakartaClock(promotion.endsAt, locale) })
  const validity = t('validity', {
    start: `${formatDate(promotion.startsAt, locale)} ${formatJakartaClock(promotion.startsAt, locale)}`,
    end: `${endDate} ${formatJakartaClock(promotion.endsAt, locale)}`,
  })
  return { discount, ends, validity, endDate }
}
