import type { Endpoint } from 'payload'
import { openGuestLink } from '@/booking/guestLink'
import { isLocale, type Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'

/** Requests a guest may still cancel: not yet declined, cancelled or done. */
export const CANCELLABLE: readonly string[] = ['new', 'confirmed']

/**
 * `POST /api/inquiries/cancel` (a plain form from the guest's request page): with the signed link
 * from their email, the guest cancels their own request. It is filed as "Cancelled by the guest",
 * which frees the time, and the spa is told by email (queueBookingEmails).
 */
export const cancelByGuestEndpoint: Endpoint = {
  path: '/cancel',
  method: 'post',
  handler: async (req) => {
    const form = req.formData ? await req.formData().catch(() => null) : null
    const token = String(form?.get('token') ?? '')
    const rawLocale = String(form?.get('locale') ?? '')
    const locale: Locale = isLocale(rawLocale) ? rawLocale : 'en'
    const id = openGuestLink(token)
    if (!id) {
      return Response.json(
        { errors: [{ message: 'This link has expired or is not valid.', field: 'token' }] },
        { status: 400 },
      )
    }
    const booking = await req.payload.findByID({
      collection: 'inquiries',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (booking && CANCELLABLE.includes(booking.status ?? '')) {
      // The signed link is the guest's permission for this one change.
      await req.payload.update({
        collection: 'inquiries',
        id,
        data: { status: 'cancelled' },
        overrideAccess: true,
        req,
      })
    }
    return new Response(null, {
      status: 303,
      headers: {
        Location: pathFor(locale, { pathname: '/book/request/[token]', params: { token } }),
        'Cache-Control': 'no-store',
      },
    })
  },
}
