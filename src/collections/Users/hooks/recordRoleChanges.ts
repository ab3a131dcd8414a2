import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '@/audit/record'
import type { User } from '@/payload-types'

const listed = (roles: User['roles'] | undefined) => [...(roles ?? [])].sort().join(', ') || '—'

/** The audit trail's "who changed whose roles": an account made with roles, or its roles changed. */
export const recordRoleChanges: CollectionAfterChangeHook<User> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = operation === 'create' ? '—' : listed(previousDoc?.roles)
  const after = listed(doc.roles)
  if (before === after) return doc
  await recordAudit(req, {
    action: 'rolesChanged',
    summary: `${doc.email}: ${before} → ${after}`,
  })
  return doc
}
