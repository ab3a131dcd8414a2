import type { Access } from 'payload'
import { activeAt } from '@/promotions/window'
import { hasRole } from './roles'

/**
 * Staff see every promotion. Visitors see a promotion only while it is published and inside its
 * window, so a future or expired offer never leaks through pages, REST or GraphQL.
 */
export const activePromotionOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'marketing') ? true : activeAt(new Date())
