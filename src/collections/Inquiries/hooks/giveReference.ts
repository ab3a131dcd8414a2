import type { CollectionBeforeChangeHook } from 'payload'
import { newReference } from '@/booking/reference'
import { nestedReq } from '@/hooks/nestedReq'
import type { Inquiry } from '@/payload-types'

/** A new request gets a short reference no other request has; it never changes afterwards. */
export const giveReference: CollectionBeforeChangeHook<Inquiry> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'create') return { ...data, reference: originalDoc?.reference }
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const reference = newReference()
    const taken = await req.payload.count({
      collection: 'inquiries',
      where: { reference: { equals: reference } },
      overrideAccess: true,
      req: nestedReq(req),
    })
    if (taken.totalDocs === 0) return { ...data, reference }
  }
  throw new Error('No free booking reference after 10 tries')
}
