import { AsyncLocalStorage } from 'node:async_hooks'
import { draftMode, headers } from 'next/headers'
import { hasRole } from '@/access/roles'
import type { User } from '@/payload-types'
import { getPayloadClient } from './payload'

type PreviewScope = { user: User & { collection: 'users' } }

const scope = new AsyncLocalStorage<PreviewScope>()

/** Inside a preview render: the logged-in staff member whose drafts are being read. */
export const previewScope = (): PreviewScope | undefined => scope.getStore()

/**
 * The staff member previewing, or null. Draft mode alone is not enough: the admin login cookie
 * must belong to staff on every request, so a copied draft-mode cookie shows nothing unpublished.
 */
export async function previewingUser(): Promise<PreviewScope['user'] | null> {
  if (!(await draftMode()).isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || user.collection !== 'users' || !hasRole(user, 'admin', 'editor', 'marketing')) {
    return null
  }
  return user as PreviewScope['user']
}

export const runInPreview = <T>(user: PreviewScope['user'], read: () => Promise<T>): Promise<T> =>
  scope.run({ user }, read)

/** Find options for the current render: published for visitors, latest drafts in preview. */
export const readOptions = () => {
  const preview = previewScope()
  return preview
    ? ({ draft: true, overrideAccess: false, user: preview.user } as const)
    : ({ draft: false, overrideAccess: false } as const)
}
