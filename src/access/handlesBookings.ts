import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Front desk answers booking requests; admins can do everything. */
export const handlesBookings: Access = ({ req: { user } }) => hasRole(user, 'admin', 'frontdesk')

/** Guests' names, phones, emails and messages: read only by those who answer them. */
export const handlesBookingsField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'frontdesk')
