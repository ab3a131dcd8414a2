import {
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
} from 'payload'

/** An entry, once written, is never changed, even by code running with overrideAccess. */
export const appendOnly: CollectionBeforeChangeHook = ({ operation, req }) => {
  if (operation !== 'create') throw new Forbidden(req.t)
}

export const PRUNING_AUDIT_TRAIL = 'pruningAuditTrail'

/** Only the retention job removes entries, and only those older than the audit period. */
export const deleteOnlyWhenPruning: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.context[PRUNING_AUDIT_TRAIL] !== true) throw new Forbidden(req.t)
}
