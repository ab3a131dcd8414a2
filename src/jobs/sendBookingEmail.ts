import type { TaskConfig } from 'payload'
import { guestLinkExpiry, signGuestLink } from '@/booking/guestLink'
import {
  guestEmail,
  guestLocale,
  spaCancellation,
  spaNotification,
  staffLocale,
} from '@/email/bookingEmails'
import { pathFor } from '@/i18n/paths'
import type { Inquiry } from '@/payload-types'
import { absoluteUrl } from '@/seo/siteUrl'

export const SEND_BOOKING_EMAIL = 'sendBookingEmail'
/** Who is told what: the spa of a new or cancelled request; the guest of receipt or outcome. */
export const BOOKING_EMAILS = [
  'spa',
  'guest',
  'guestConfirmed',
  'guestDeclined',
  'spaCancelled',
] as const
export type BookingEmailRecipient = (typeof BOOKING_EMAILS)[number]

/** The guest's link to see and cancel the request, valid until the appointment ends. */
export const manageLink = (
  booking: Pick<
    Inquiry,
    'id' | 'preferredDate' | 'preferredTime' | 'durationMinutes' | 'replyLanguage'
  >,
) =>
  absoluteUrl(
    pathFor(guestLocale(booking), {
      pathname: '/book/request/[token]',
      params: { token: signGuestLink(booking.id, guestLinkExpiry(booking)) },
    }),
  )

/**
 * Sends one email about a booking request: to the spa, or the acknowledgement to the visitor.
 * Queued when the request is stored, so the request is never lost to a mail problem; a failed
 * send is retried with growing pauses (about 30 s, 1, 2, 4, 8 minutes).
 */
export const sendBookingEmailTask: TaskConfig<{
  input: { inquiry: string; to: BookingEmailRecipient }
  output: { sent: boolean }
}> = {
  slug: SEND_BOOKING_EMAIL,
  label: 'Email about a booking request',
  inputSchema: [
    { name: 'inquiry', type: 'text', required: true },
    { name: 'to', type: 'select', options: [...BOOKING_EMAILS], required: true },
  ],
  // Whether it went, not to whom: a job keeps no guest's address (see privacy/guestData).
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const booking = await payload.findByID({
      collection: 'inquiries',
      id: input.inquiry,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
    const toSpa = input.to === 'spa' || input.to === 'spaCancelled'
    const locale = toSpa ? staffLocale(settings) : guestLocale(booking)
    const serviceId = typeof booking.service === 'string' ? booking.service : booking.service?.id
    // Read without the job's request: with it, the name came back in the default language.
    const service = serviceId
      ? await payload.findByID({
          collection: 'services',
          id: serviceId,
          locale,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          select: { name: true },
        })
      : null
    const serviceName = service?.name ?? null
    const link = manageLink(booking)
    const email =
      input.to === 'spa'
        ? spaNotification(booking, serviceName, settings)
        : input.to === 'spaCancelled'
          ? spaCancellation(booking, serviceName, settings)
          : guestEmail(
              input.to === 'guestConfirmed'
                ? 'confirmed'
                : input.to === 'guestDeclined'
                  ? 'declined'
                  : 'received',
              booking,
              serviceName,
              settings,
              link,
            )
    if (!email) {
      payload.logger.warn(
        `Booking request ${booking.id}: no ${toSpa ? 'booking address in the site settings' : 'guest email'}; nothing sent.`,
      )
      return { output: { sent: false } }
    }
    await payload.sendEmail(email)
    return { output: { sent: true } }
  },
}
