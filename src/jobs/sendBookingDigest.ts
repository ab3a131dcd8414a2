import type { PayloadRequest, TaskConfig } from 'payload'
import { spaDigest, staffLocale } from '@/email/bookingEmails'

export const SEND_BOOKING_DIGEST = 'sendBookingDigest'

/**
 * Past this many new requests within DIGEST_WINDOW_MS (STAFF_EMAIL_BURST, 20 by default), the spa
 * gets no more one-per-request emails: the rest wait and go together in one email at the end of
 * the window (probe F4: a flood of requests filled the spa's inbox with one email each).
 */
export function spaEmailsPerWindow(value = process.env.STAFF_EMAIL_BURST): number {
  const parsed = Number(value)
  return value && Number.isInteger(parsed) && parsed >= 0 ? parsed : 20
}
export const DIGEST_WINDOW_MS = 10 * 60 * 1000

type DigestInput = { inquiries: string[] }

/** Whether the spa has already been told of enough requests in the current window. */
export async function floodOfRequests(req: PayloadRequest, newRequestId: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'inquiries',
    where: {
      and: [
        { id: { not_equals: newRequestId } },
        { createdAt: { greater_than: new Date(Date.now() - DIGEST_WINDOW_MS).toISOString() } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs >= spaEmailsPerWindow()
}

/**
 * Adds a request to the digest that has not gone yet, or starts one that goes at the end of the
 * window. In the same transaction as the request, like every booking email.
 */
export async function addToDigest(
  req: PayloadRequest,
  inquiry: string,
  queue: string,
): Promise<void> {
  const waiting = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: SEND_BOOKING_DIGEST } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const pending = waiting.docs[0]
  if (pending) {
    const input = (pending.input ?? { inquiries: [] }) as DigestInput
    await req.payload.update({
      collection: 'payload-jobs',
      id: pending.id,
      data: { input: { inquiries: [...input.inquiries, inquiry] } },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return
  }
  await req.payload.jobs.queue({
    task: SEND_BOOKING_DIGEST,
    queue,
    input: { inquiries: [inquiry] },
    waitUntil: new Date(Date.now() + DIGEST_WINDOW_MS),
    req,
  })
}

/** The one email listing the requests a flood held back, in the spa's working language. */
export const sendBookingDigestTask: TaskConfig<{
  input: DigestInput
  output: { sent: boolean }
}> = {
  slug: SEND_BOOKING_DIGEST,
  label: 'Booking requests sent together',
  inputSchema: [{ name: 'inquiries', type: 'json', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
    const locale = staffLocale(settings)
    // Erased or deleted meanwhile: left out.
    const found = await payload.find({
      collection: 'inquiries',
      where: { id: { in: input.inquiries } },
      sort: 'createdAt',
      limit: input.inquiries.length,
      pagination: false,
      depth: 1,
      locale,
      overrideAccess: true,
    })
    const bookings = found.docs.map((booking) => ({
      booking,
      serviceName:
        booking.service && typeof booking.service === 'object' ? booking.service.name : null,
    }))
    const email = spaDigest(bookings, settings)
    if (!email) return { output: { sent: false } }
    await payload.sendEmail(email)
    return { output: { sent: true } }
  },
}
