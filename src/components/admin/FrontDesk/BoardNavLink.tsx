import type { ServerProps } from 'payload'
import { hasRole, type Role } from '@/access/roles'
import { DESK_TEXT } from './text'

/** "Today's board" at the top of the admin menu, for those who answer booking requests. */
export function BoardNavLink({ user, i18n }: ServerProps) {
  if (!hasRole(user as { roles?: Role[] } | null, 'admin', 'frontdesk')) return null
  const text = DESK_TEXT[i18n.language === 'id' ? 'id' : 'en']
  return (
    <a className="nav__link board-nav-link" href="/admin/today" data-testid="nav-board">
      <span className="nav__link-label">{text.board}</span>
    </a>
  )
}
