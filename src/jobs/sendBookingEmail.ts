import type { TaskConfig } from 'payload'
import {
  guestAcknowledgement,
  guestLocale,
  spaNotification,
  staffLocale,
} from '@/email/bookingEmails'

export const SEND_BOOKING_EMAIL = 'sendBookingEmail'
export type BookingEmailRecipient = 'spa' | 'guest'

/**
 * Sends one email about a booking request: to the spa, or the acknowledgement to the visitor.
 * Queued when the request is stored, so the request is never lost to a mail problem; a failed
 * send is retried with growing pauses (about 30 s, 1, 2, 4, 8 minutes).
 */
export const sendBookingEmailTask: TaskConfig<{
  input: { inquiry: string; to: BookingEmailRecipient }
  output: { sentTo: string }
}> = {
  slug: SEND_BOOKING_EMAIL,
  label: 'Email about a booking request',
  inputSchema: [
    { name: 'inquiry', type: 'text', required: true },
    { name: 'to', type: 'select', options: ['spa', 'guest'], required: true },
  ],
  outputSchema: [{ name: 'sentTo', type: 'text' }],
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
    const locale = input.to === 'spa' ? staffLocale(settings) : guestLocale(booking)
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
    const email =
      input.to === 'spa'
        ? spaNotification(booking, serviceName, settings)
        : guestAcknowledgement(booking, serviceName, settings)
    if (!email) {
      payload.logger.warn(
        `Booking request ${booking.id}: no ${input.to === 'spa' ? 'booking address in the site settings' : 'guest email'}; nothing sent.`,
      )
      return { output: { sentTo: '' } }
    }
    await payload.sendEmail(email)
    return { output: { sentTo: email.to } }
  },
}
