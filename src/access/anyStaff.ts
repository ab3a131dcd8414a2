import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Any signed-in member of staff, front desk included. */
export const anyStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'marketing', 'frontdesk')

export const anyStaffField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'marketing', 'frontdesk')
