import type { CollectionAfterChangeHook } from 'payload'
import { SEND_BOOKING_EMAIL, type BookingEmailRecipient } from '@/jobs/sendBookingEmail'
import type { Inquiry } from '@/payload-types'

/** The queue the app runs every few seconds, so the spa hears of a request almost at once. */
export const EMAIL_QUEUE = 'email'

/**
 * A new request, and a change of its outcome, queue their emails in the same transaction that stores it: the request is saved
 * first and an email that cannot be sent now is retried by the job runner, never lost.
 */
export const queueBookingEmails: CollectionAfterChangeHook<Inquiry> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const recipients: BookingEmailRecipient[] = []
  if (operation === 'create') {
    recipients.push('spa')
    if (doc.email) recipients.push('guest')
  } else if (previousDoc?.status !== doc.status) {
    // Staff confirming or declining tell the guest; a guest cancelling tells the spa.
    if (doc.status === 'confirmed' && doc.email) recipients.push('guestConfirmed')
    if (doc.status === 'declined' && doc.email) recipients.push('guestDeclined')
    if (doc.status === 'cancelled') recipients.push('spaCancelled')
  }
  for (const to of recipients) {
    await req.payload.jobs.queue({
      task: SEND_BOOKING_EMAIL,
      queue: EMAIL_QUEUE,
      input: { inquiry: doc.id, to },
      req,
    })
  }
  return doc
}
