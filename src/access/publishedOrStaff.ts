import type { Access } from 'payload'
import { hasRole } from './roles'

/** Staff read everything, drafts included; everyone else only published documents. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'marketing')) return true
  return { _status: { equals: 'published' } }
}
