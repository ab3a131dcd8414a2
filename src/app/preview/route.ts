import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { hasRole } from '@/access/roles'
import { verifySigned } from '@/config/signing'
import { documentPath } from '@/i18n/documentPaths'
import { isLocale } from '@/i18n/locales'
import { previewPurpose } from '@/preview/previewUrl'
import { PAGE_COLLECTIONS, type PageCollection } from '@/queries/pageCollections'
import { getPayloadClient } from '@/queries/payload'

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

const isPageCollection = (value: string | null): value is PageCollection =>
  (PAGE_COLLECTIONS as readonly (string | null)[]).includes(value)

/**
 * Entered from the admin's Preview button: a signed link for one document and language, used by a
 * logged-in member of staff, turns on draft mode and opens the page with the latest draft.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const collection = url.searchParams.get('collection')
  const id = url.searchParams.get('id') ?? ''
  const locale = url.searchParams.get('locale')
  if (!isPageCollection(collection) || !id || !isLocale(locale)) {
    return refuse(400, 'The preview link needs collection, id and locale (en or id).')
  }
  if (!verifySigned(previewPurpose(collection, id), url.searchParams.get('token'))) {
    return refuse(403, 'This preview link is not valid. Open the preview from the admin panel.')
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || user.collection !== 'users' || !hasRole(user, 'admin', 'editor', 'marketing')) {
    return refuse(401, 'Log in to the admin panel (/admin) to preview drafts.')
  }
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale,
    draft: true,
    overrideAccess: false,
    user,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true },
  })
  const slug = found.docs[0]?.slug
  if (!slug) return refuse(404, 'This document has no page address (slug) in that language yet.')
  ;(await draftMode()).enable()
  redirect(documentPath(collection, locale, slug))
}
