import type { CollectionBeforeChangeHook } from 'payload'
import type { Inquiry } from '@/payload-types'
import { STATUS_ORDER } from '../status'

/**
 * The spa owns when a request arrived, its place in the queue and who handled it: whatever a
 * client sends for them is replaced here (Payload would otherwise store a forged `createdAt`).
 */
export const keepSpaOwnedFields: CollectionBeforeChangeHook<Inquiry> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const now = new Date().toISOString()
  const status = data.status ?? originalDoc?.status ?? 'new'
  const changedStatus = operation === 'update' && originalDoc && status !== originalDoc.status
  return {
    ...data,
    createdAt: operation === 'create' ? now : originalDoc?.createdAt,
    updatedAt: now,
    status,
    statusOrder: STATUS_ORDER[status],
    handledBy: changedStatus ? (req.user?.id ?? null) : originalDoc?.handledBy,
    handledAt: changedStatus ? now : originalDoc?.handledAt,
  }
}
