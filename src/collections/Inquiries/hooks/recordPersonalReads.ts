import type { CollectionAfterOperationHook } from 'payload'
import { hasRole } from '@/access/roles'
import { countOf, recordAudit } from '@/audit/record'

/** Set by server code that reads requests for its own work (emails, jobs, the erasure tool). */
export const NOT_A_STAFF_VIEW = 'notAStaffView'

const REPEAT_WINDOW_MS = 10 * 60 * 1000

type Shown = { id: string; reference?: string | null; name?: string | null; phone?: string | null }

const describe = (doc: Shown) => doc.reference ?? doc.id

/**
 * The audit trail's "who viewed a guest's details": each time a member of staff who may read them
 * opens a request or a list of requests (admin, REST, GraphQL or Local API with their access), one
 * entry — not repeated for the same view within ten minutes, as the admin reads a document more
 * than once while opening it.
 */
export const recordPersonalReads: CollectionAfterOperationHook<'inquiries'> = async ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'findByID' && operation !== 'find') return result
  if (req.context[NOT_A_STAFF_VIEW] === true) return result
  if (req.user?.collection !== 'users' || !hasRole(req.user, 'admin', 'frontdesk')) return result
  const docs: Shown[] =
    operation === 'findByID'
      ? result
        ? [result as Shown]
        : []
      : (result as { docs: Shown[] }).docs
  // Readers without access get no name or phone back: nothing personal was shown to them.
  const withDetails = docs.filter((doc) => Boolean(doc.name || doc.phone))
  if (!withDetails.length) return result
  const summary =
    operation === 'findByID'
      ? `Opened request ${describe(withDetails[0])}`
      : `Listed ${countOf(withDetails.length, 'request')}: ${withDetails.slice(0, 8).map(describe).join(', ')}${withDetails.length > 8 ? ', …' : ''}`
  await recordAudit(
    req,
    {
      action: operation === 'findByID' ? 'viewed' : 'viewedList',
      summary,
      requests: withDetails.map((doc) => doc.id),
    },
    { unlessRecordedWithinMs: REPEAT_WINDOW_MS },
  )
  return result
}
