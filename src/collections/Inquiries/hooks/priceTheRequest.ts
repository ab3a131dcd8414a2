import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '@/booking/availability'
import type { Inquiry } from '@/payload-types'
import { normalisePromoCode } from '@/promotions/promoCode'
import { checkRequestPromo, publishedServiceOptions } from '../validation'

const PRICED_BY = [
  'service',
  'durationMinutes',
  'promoCode',
  'preferredDate',
  'preferredTime',
] as const

/**
 * The price of the request as the spa will charge it, computed by the server from the treatment's
 * list price and, with a promo code, the pricing code the site shows offers with: the guest's
 * page, the emails and the staff view all show these two stored numbers.
 */
export const priceTheRequest: CollectionBeforeChangeHook<Inquiry> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const merged = { ...originalDoc, ...data } as Partial<Inquiry>
  const changed =
    operation === 'create' ||
    PRICED_BY.some((field) => idOf(merged[field]) !== idOf(originalDoc?.[field]))
  if (!changed) {
    return { ...data, priceIdr: originalDoc?.priceIdr, offerPriceIdr: originalDoc?.offerPriceIdr }
  }
  const promoCode =
    typeof merged.promoCode === 'string' && merged.promoCode.trim()
      ? normalisePromoCode(merged.promoCode)
      : null
  const serviceId = idOf(merged.service)
  const option = serviceId
    ? (await publishedServiceOptions(req, serviceId))?.find(
        (entry) => entry.durationMinutes === merged.durationMinutes,
      )
    : undefined
  const offer =
    option && promoCode
      ? await checkRequestPromo(req, { ...merged, service: serviceId }, promoCode)
      : null
  // The promoCode field's rule refuses it (400); no time is held for a request about to fail.
  context.promoRefused = Boolean(promoCode && !offer?.ok)
  return {
    ...data,
    promoCode,
    priceIdr: option?.priceIdr ?? null,
    offerPriceIdr: offer?.ok ? offer.priceIdr : null,
  }
}
