import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/**
 * Staff who keep the site's content (admin, editor or marketing): they read drafts and upload
 * pictures. Front desk works bookings only (see handlesBookings.ts).
 */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'marketing')

export const isStaffField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'marketing')
