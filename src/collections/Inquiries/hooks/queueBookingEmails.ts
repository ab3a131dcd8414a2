import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { addToDigest, floodOfRequests } from '@/jobs/sendBookingDigest'
import { SEND_BOOKING_EMAIL, type BookingEmailRecipient } from '@/jobs/sendBookingEmail'
import type { Inquiry } from '@/payload-types'

/** The queue the app runs every few seconds, so the spa hears of a request almost at once. */
export const EMAIL_QUEUE = 'email'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * One acknowledgement per address and day: the form takes any address, and the probe (F4) sent
 * hundreds to addresses it chose. Staff's confirmation or decline still reaches the guest.
 */
async function acknowledgedToday(req: PayloadRequest, id: string, email: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'inquiries',
    where: {
      and: [
        { email: { equals: email } },
        { id: { not_equals: id } },
        { createdAt: { greater_than: new Date(Date.now() - DAY_MS).toISOString() } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * A new request, and a change of its outcome, queue their emails in the same transaction that stores it: the request is saved
 * first and an email that cannot be sent now is retried by the job runner, never lost.
 */
export const queueBookingEmails: CollectionAfterChangeHook<Inquiry> = async ({
  data,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const recipients: BookingEmailRecipient[] = []
  if (operation === 'create') {
    // Beyond a few a window, the spa hears of new requests together, in one email.
    if (await floodOfRequests(req, doc.id)) await addToDigest(req, doc.id, EMAIL_QUEUE)
    else recipients.push('spa')
    // A visitor may not read back the email they gave (field access), so `doc` lacks it for
    // them: the stored value is in `data`. Without this, no visitor ever got the acknowledgement.
    const email = doc.email ?? (typeof data?.email === 'string' ? data.email : null)
    if (email && !(await acknowledgedToday(req, doc.id, email))) recipients.push('guest')
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
