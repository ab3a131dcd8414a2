import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { hasRole } from '@/access/roles'
import { verifySigned } from '@/config/signing'
import { documentPath } from '@/i18n/documentPaths'
import { isLocale, type Locale } from '@/i18n/locales'
import { previewPurpose } from '@/preview/previewUrl'
import { PAGE_COLLECTIONS, type PageCollection } from '@/queries/pageCollections'
import { getPayloadClient } from '@/queries/payload'

/** The staff member's admin language: Payload's language cookie, else the browser's. */
const languageOf = (request: Request): Locale => {
  const cookie = /(?:^|;\s*)payload-lng=([a-z]+)/.exec(request.headers.get('cookie') ?? '')?.[1]
  if (isLocale(cookie)) return cookie
  return /^id\b/i.test(request.headers.get('accept-language') ?? '') ? 'id' : 'en'
}

const refuse = (status: number, message: string, language: Locale = 'en') =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': language },
  })

const REFUSALS = {
  parts: {
    en: 'The preview link needs collection, id and locale (en or id).',
    id: 'Tautan pratinjau memerlukan collection, id, dan locale (en atau id).',
  },
  token: {
    en: 'This preview link is not valid. Open the preview from the admin panel.',
    id: 'Tautan pratinjau ini tidak berlaku. Buka pratinjau dari panel admin.',
  },
  login: {
    en: 'Log in to the admin panel (/admin) to preview drafts.',
    id: 'Masuk ke panel admin (/admin) untuk melihat pratinjau draf.',
  },
  slug: {
    en: 'This document has no page address (slug) in that language yet.',
    id: 'Dokumen ini belum memiliki alamat halaman (slug) dalam bahasa tersebut.',
  },
} as const

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
  const language = languageOf(request)
  if (!isPageCollection(collection) || !id || !isLocale(locale)) {
    return refuse(400, REFUSALS.parts[language], language)
  }
  if (!verifySigned(previewPurpose(collection, id), url.searchParams.get('token'))) {
    return refuse(403, REFUSALS.token[language], language)
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || user.collection !== 'users' || !hasRole(user, 'admin', 'editor', 'marketing')) {
    return refuse(401, REFUSALS.login[language], language)
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
  if (!slug) return refuse(404, REFUSALS.slug[language], language)
  ;(await draftMode()).enable()
  redirect(documentPath(collection, locale, slug))
}
