import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Any logged-in member of staff (admin, editor or marketing). */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'marketing')

export const isStaffField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'marketing')
