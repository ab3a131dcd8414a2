import type { Access } from 'payload'
import { hasRole } from './roles'

/** Marketing staff run promotions; admins can do everything. */
export const isMarketing: Access = ({ req: { user } }) => hasRole(user, 'admin', 'marketing')
