import type { Endpoint } from 'payload'
import { calendarFile } from '@/booking/calendarFile'
import { openResult } from '@/booking/formResult'
import { translatorFor } from '@/i18n/translator'
import { formatIdr } from '@/utilities/format'

/**
 * `GET /api/inquiries/calendar/<result>`: the guest's request as an "Add to calendar" file. It
 * reads only the sealed result in its address (as the result page does), so it shows nothing the
 * guest was not shown already, and stops working when that page expires.
 */
export const calendarFileEndpoint: Endpoint = {
  path: '/calendar/:token',
  method: 'get',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    const result = openResult(token)
    const stored = result?.stored
    const { preferredDate: date, preferredTime: time } = result?.values ?? {}
    if (!result || result.status !== 'sent' || !stored?.reference || !date || !time) {
      return Response.json(
        { errors: [{ message: 'This calendar link has expired or is not valid.' }] },
        { status: 404 },
      )
    }
    const t = translatorFor(result.locale, 'Booking')
    const settings = await req.payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      locale: result.locale,
      req,
    })
    const price =
      stored.offerPriceIdr !== undefined
        ? formatIdr(stored.offerPriceIdr, result.locale)
        : stored.priceIdr !== undefined
          ? formatIdr(stored.priceIdr, result.locale)
          : ''
    const body = calendarFile({
      uid: `${stored.reference}@amespa.id`,
      date,
      time,
      durationMinutes: stored.durationMinutes ?? 60,
      summary: t('calendarTitle', { service: stored.serviceName ?? settings.spaName }),
      description: t('calendarBody', { reference: stored.reference, price }).trim(),
      location: [settings.spaName, settings.address?.street, settings.address?.city]
        .filter(Boolean)
        .join(', '),
      now: new Date(),
    })
    return new Response(body, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${stored.reference}.ics"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
