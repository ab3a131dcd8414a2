import type { Access } from 'payload'
import { hasRole } from './roles'

/** Editors keep the spa's content; admins can do everything. */
export const isContentEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
