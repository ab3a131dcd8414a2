import type { Access } from 'payload'
import { hasRole } from './roles'

/** Admins and editors manage every file; marketing staff only the files they uploaded. */
export const contentEditorOrOwnUpload: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user && hasRole(user, 'marketing')) return { uploadedBy: { equals: user.id } }
  return false
}
