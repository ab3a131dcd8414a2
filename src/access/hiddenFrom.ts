import { hasRole, type Role } from './roles'

/**
 * `admin.hidden` for staff who cannot act on a collection: it leaves their menu and dashboard
 * (access rules still decide what they may read or write).
 */
export const visibleOnlyTo =
  (...roles: Role[]) =>
  ({ user }: { user: unknown }): boolean =>
    !hasRole(user as { roles?: Role[] } | null, ...roles)
