import type { PayloadRequest, Where } from 'payload'
import { NOT_A_STAFF_VIEW } from '@/collections/Inquiries/hooks/recordPersonalReads'
import { SEND_BOOKING_EMAIL } from '@/jobs/sendBookingEmail'
import type { Inquiry, PayloadJob } from '@/payload-types'
import type { GuestKey } from './retention'

/** What stays of a request after its guest's details are erased: no name, phone, email or words. */
export const ERASED_DETAILS = {
  name: null,
  phone: '',
  email: null,
  message: null,
  staffNote: null,
  declineReason: null,
} as const

const whereGuest = (key: GuestKey): Where =>
  key.kind === 'phone' ? { phone: { in: key.forms } } : { email: { like: key.value } }

/** Every booking request stored for one guest (phone in either stored form, or email). */
export async function findGuestRequests(req: PayloadRequest, key: GuestKey): Promise<Inquiry[]> {
  const { docs } = await req.payload.find({
    collection: 'inquiries',
    where: whereGuest(key),
    depth: 1,
    limit: 0,
    pagination: false,
    sort: 'preferredDate',
    overrideAccess: true,
    req,
    context: { [NOT_A_STAFF_VIEW]: true },
  })
  // "like" matches inside a longer address too; keep the guest's own address only.
  return key.kind === 'email' ? docs.filter((doc) => doc.email?.toLowerCase() === key.value) : docs
}

/** The booking emails queued or sent about these requests (their stored copies are jobs). */
export async function findRequestEmails(req: PayloadRequest, ids: string[]): Promise<PayloadJob[]> {
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: SEND_BOOKING_EMAIL } }, { 'input.inquiry': { in: ids } }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/**
 * Erases the guests' details of these requests and the stored copies of their emails, keeping
 * each request's date, treatment, price and status for statistics. Goes straight to the database
 * adapter (any adapter): an erasure is not an edit, so it sends no emails and re-checks no slots.
 */
export async function eraseRequests(req: PayloadRequest, ids: string[], now: Date) {
  for (const id of ids) {
    await req.payload.db.updateOne({
      collection: 'inquiries',
      id,
      data: { ...ERASED_DETAILS, personalDataErasedAt: now.toISOString() },
      req,
      returning: false,
    })
  }
  const emails = await findRequestEmails(req, ids)
  if (emails.length) {
    await req.payload.delete({
      collection: 'payload-jobs',
      where: { id: { in: emails.map((job) => job.id) } },
      overrideAccess: true,
      req,
    })
  }
  return { requests: ids.length, emails: emails.length }
}
