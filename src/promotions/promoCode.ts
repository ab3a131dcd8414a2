import { appliesTo, promotionalPrice, type PromotionTerms } from './pricing'
import { isActiveAt } from './window'

export type CodedPromotion = PromotionTerms

export type PromoCheck =
  | { ok: true; priceIdr: number; promotion: CodedPromotion }
  | { ok: false; code: 'promoUnknown' | 'promoNotRunning' | 'promoNotApplicable' }

/** What a guest typed ("spring 20") as the code is stored ("SPRING20"). */
export const normalisePromoCode = (value: string): string =>
  value.trim().toUpperCase().replace(/\s+/g, '')

/**
 * Whether `code` lowers the price of this session at `at` (the appointment's start, WIB): a
 * published promotion with that code, running then, for this treatment, that makes it cheaper.
 */
export function checkPromoCode(
  promotions: readonly CodedPromotion[],
  code: string,
  serviceId: string,
  option: { priceIdr: number; durationMinutes: number },
  at: Date,
): PromoCheck {
  const wanted = normalisePromoCode(code)
  const matching = promotions.filter(
    (promotion) =>
      promotion._status !== 'draft' && normalisePromoCode(promotion.promoCode ?? '') === wanted,
  )
  if (!wanted || matching.length === 0) return { ok: false, code: 'promoUnknown' }
  const running = matching.filter((promotion) => isActiveAt(promotion, at))
  if (running.length === 0) return { ok: false, code: 'promoNotRunning' }
  let best: { priceIdr: number; promotion: CodedPromotion } | null = null
  for (const promotion of running) {
    if (!appliesTo(promotion, serviceId)) continue
    const priceIdr = promotionalPrice(promotion, option.priceIdr, option.durationMinutes)
    if (priceIdr !== null && (!best || priceIdr < best.priceIdr)) best = { priceIdr, promotion }
  }
  return best ? { ok: true, ...best } : { ok: false, code: 'promoNotApplicable' }
}

/** The instant a WIB date and clock stand for. */
export const jakartaInstant = (date: string, time?: string | null): Date =>
  new Date(`${date}T${time && /^\d{2}:\d{2}$/.test(time) ? time : '00:00'}:00+07:00`)
