import type { CollectionAfterLoginHook } from 'payload'
import { isLocale } from '@/i18n/locales'

const PREFERENCES = 'payload-preferences'

/**
 * Each sign-in starts editing content in the admin's own language: an Indonesian admin opens
 * documents in Indonesian, not in the default English (staff can still switch).
 */
export const startInAdminLanguage: CollectionAfterLoginHook = async ({ req, user }) => {
  const language = req.i18n?.language
  if (!isLocale(language)) return user
  const owner = { 'user.relationTo': { equals: 'users' }, 'user.value': { equals: user.id } }
  const existing = await req.payload.find({
    collection: PREFERENCES,
    where: { and: [{ key: { equals: 'locale' } }, owner] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const current = existing.docs[0]
  if (current) {
    if (current.value !== language) {
      await req.payload.update({
        collection: PREFERENCES,
        id: current.id,
        data: { value: language },
        overrideAccess: true,
        req,
      })
    }
  } else {
    await req.payload.create({
      collection: PREFERENCES,
      data: { key: 'locale', user: { relationTo: 'users', value: user.id }, value: language },
      overrideAccess: true,
      req,
    })
  }
  return user
}
