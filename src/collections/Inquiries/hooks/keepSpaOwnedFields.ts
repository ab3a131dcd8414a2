import type { CollectionBeforeChangeHook } from 'payload'
import type { Inquiry } from '@/payload-types'
import { STATUS_ORDER } from '../status'

type Staff = { collection?: string; id?: string | number; name?: string | null; email?: string }

/** The name the desk knows a colleague by; the part before the @ when no name is set. */
export function staffName(user: Staff | null | undefined): string | null {
  if (!user || user.collection !== 'users') return null
  return user.name?.trim() || user.email?.split('@')[0] || null
}

/**
 * The spa owns when a request arrived, its place in the queue, who changed its status and when:
 * whatever a client sends for them is replaced here (Payload would otherwise store a forged
 * `createdAt`). Every status change adds a line to the request's history.
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
  const staff = req.user as Staff | null
  const byName = staffName(staff)
  const madeByStaff = operation === 'create' && Boolean(byName)
  const recorded = changedStatus || madeByStaff
  const history = (originalDoc?.history ?? []).map(({ status, byName, at }) => ({
    status,
    byName,
    at,
  }))
  return {
    ...data,
    createdAt: operation === 'create' ? now : originalDoc?.createdAt,
    updatedAt: now,
    status,
    statusOrder: STATUS_ORDER[status],
    handledBy: recorded
      ? staff?.collection === 'users'
        ? staff.id
        : null
      : originalDoc?.handledBy,
    handledByName: recorded ? byName : originalDoc?.handledByName,
    handledAt: recorded ? now : originalDoc?.handledAt,
    history: recorded ? [...history, { status, byName, at: now }] : history,
  } as Partial<Inquiry>
}
