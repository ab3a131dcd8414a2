import type { LivePreviewConfig, PayloadRequest } from 'payload'
import { isLocale } from '@/i18n/locales'
import { PAGE_COLLECTIONS, type PageCollection } from '@/queries/pageCollections'
import { previewUrl } from './previewUrl'

const isPageCollection = (slug: string): slug is PageCollection =>
  (PAGE_COLLECTIONS as readonly string[]).includes(slug)

/**
 * The origin the staff member's browser uses for the admin. Payload only accepts the framed page's
 * messages from an origin the preview URL starts with, so the URL must be absolute.
 */
const adminOrigin = (req: PayloadRequest): string => {
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? 'localhost:3000'
  const protocol =
    req.headers.get('x-forwarded-proto') ??
    (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https')
  return `${protocol.split(',')[0]?.trim() || 'http'}://${host}`
}

/**
 * The admin's live preview for every page collection, in the language being edited, at a phone's
 * and a desktop's width. The framed page is the real page in draft mode: each autosave refreshes
 * it, and in collections without autosave the unsaved typing is laid over the draft for the
 * staff member's own render (components/LivePreviewRefresh, app/preview/typed); visitors' cached
 * pages are not touched.
 */
export const livePreview: LivePreviewConfig & { collections: string[] } = {
  collections: [...PAGE_COLLECTIONS],
  breakpoints: [
    { name: 'phone', label: '390 px', width: 390, height: 844 },
    { name: 'desktop', label: '1280 px', width: 1280, height: 800 },
  ],
  url: ({ data, collectionConfig, locale, req }) => {
    const id = (data as { id?: unknown }).id
    const slug = collectionConfig?.slug
    if (typeof id !== 'string' || !slug || !isPageCollection(slug)) return null
    const code = isLocale(locale?.code) ? locale.code : 'en'
    return `${adminOrigin(req)}${previewUrl(slug, id, code)}`
  },
}
