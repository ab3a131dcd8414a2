import type { Access } from 'payload'
import { hasRole } from './roles'

/** Pages are built by editors and by marketing (campaign pages); admins can do everything. */
export const isPageAuthor: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'marketing')
