import type { Promotion } from '@/payload-types'
import { isActiveAt } from './window'

export type PromotionTerms = Pick<
  Promotion,
  | 'id'
  | 'title'
  | 'slug'
  | 'discountType'
  | 'percentOff'
  | 'amountOffIdr'
  | 'packageDurationMinutes'
  | 'packagePriceIdr'
  | 'appliesToAll'
  | 'services'
  | 'startsAt'
  | 'endsAt'
  | '_status'
  | 'promoCode'
>

export type Offer = { priceIdr: number; promotion: PromotionTerms }

const serviceIds = (promotion: PromotionTerms): string[] =>
  (promotion.services ?? []).map((service) => (typeof service === 'object' ? service.id : service))

export const appliesTo = (promotion: PromotionTerms, serviceId: string): boolean =>
  Boolean(promotion.appliesToAll) || serviceIds(promotion).includes(serviceId)

/** The promotional price of one session, in whole rupiah; null when the promotion does not lower it. */
export function promotionalPrice(
  promotion: PromotionTerms,
  priceIdr: number,
  durationMinutes: number,
): number | null {
  let price: number | null = null
  switch (promotion.discountType) {
    case 'percentage':
      if (promotion.percentOff) price = Math.round((priceIdr * (100 - promotion.percentOff)) / 100)
      break
    case 'fixedAmount':
      if (promotion.amountOffIdr) price = Math.max(0, priceIdr - promotion.amountOffIdr)
      break
    case 'packagePrice':
      if (promotion.packageDurationMinutes === durationMinutes && promotion.packagePriceIdr) {
        price = promotion.packagePriceIdr
      }
      break
  }
  return price !== null && price < priceIdr ? price : null
}

/** The lowest price any promotion running at `at` gives this session of this service. */
export function bestOffer(
  promotions: PromotionTerms[],
  serviceId: string,
  option: { priceIdr: number; durationMinutes: number },
  at: Date,
): Offer | null {
  let best: Offer | null = null
  for (const promotion of promotions) {
    if (!isActiveAt(promotion, at) || !appliesTo(promotion, serviceId)) continue
    const priceIdr = promotionalPrice(promotion, option.priceIdr, option.durationMinutes)
    if (priceIdr !== null && (!best || priceIdr < best.priceIdr)) best = { priceIdr, promotion }
  }
  return best
}
