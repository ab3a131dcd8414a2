import type { ServerProps } from 'payload'
import { hasRole, type Role } from '@/access/roles'
import { GUEST_DATA_TEXT } from './text'

/** The guest-data tool in the admin menu, for admins only. */
export function GuestDataNavLink({ user, i18n }: ServerProps) {
  if (!hasRole(user as { roles?: Role[] } | null, 'admin')) return null
  const text = GUEST_DATA_TEXT[i18n.language === 'id' ? 'id' : 'en']
  return (
    <a className="nav__link" href="/admin/guest-data" data-testid="nav-guest-data">
      <span className="nav__link-label">{text.nav}</span>
    </a>
  )
}
