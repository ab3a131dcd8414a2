import { nameOf } from '@/booking/availability'
import type { Locale } from '@/i18n/locales'
import type { Inquiry } from '@/payload-types'
import { getPayloadClient } from './payload'

export type GuestRequestView = Pick<
  Inquiry,
  | 'reference'
  | 'status'
  | 'preferredDate'
  | 'preferredTime'
  | 'durationMinutes'
  | 'priceIdr'
  | 'offerPriceIdr'
  | 'promoCode'
  | 'declineReason'
> & { name: string; serviceName?: string; therapistName?: string }

/**
 * One request as its guest sees it from their signed link: what, when, with whom, the price and
 * its status — not their phone, email or message, which the link never shows.
 */
export async function readGuestRequest(
  id: string,
  locale: Locale,
): Promise<GuestRequestView | null> {
  const payload = await getPayloadClient()
  const doc = await payload.findByID({
    collection: 'inquiries',
    id,
    depth: 1,
    locale,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc) return null
  return {
    name: doc.name ?? '',
    reference: doc.reference,
    status: doc.status,
    preferredDate: doc.preferredDate,
    preferredTime: doc.preferredTime,
    durationMinutes: doc.durationMinutes,
    priceIdr: doc.priceIdr,
    offerPriceIdr: doc.offerPriceIdr,
    promoCode: doc.promoCode,
    declineReason: doc.status === 'declined' ? doc.declineReason : null,
    serviceName: nameOf(doc.service),
    therapistName: nameOf(doc.therapist),
  }
}
