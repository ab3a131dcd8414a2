import type { CollectionAfterChangeHook } from 'payload'
import { SEND_BOOKING_EMAIL } from '@/jobs/sendBookingEmail'
import type { Inquiry } from '@/payload-types'

/** The queue the app runs every few seconds, so the spa hears of a request almost at once. */
export const EMAIL_QUEUE = 'email'

/**
 * A new request queues its emails in the same transaction that stores it: the request is saved
 * first and an email that cannot be sent now is retried by the job runner, never lost.
 */
export const queueBookingEmails: CollectionAfterChangeHook<Inquiry> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const recipients = doc.email ? (['spa', 'guest'] as const) : (['spa'] as const)
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
