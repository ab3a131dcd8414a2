import type { GeneratePreviewURL } from 'payload'
import { signFor } from '@/config/signing'
import type { PageCollection } from '@/queries/pageCollections'

export const previewPurpose = (collection: string, id: string) => `preview:${collection}:${id}`

/** The admin's "Preview" link for a document in one language. */
export const previewUrl = (collection: PageCollection, id: string, locale: string): string => {
  const params = new URLSearchParams({
    collection,
    id,
    locale,
    token: signFor(previewPurpose(collection, id)),
  })
  return `/preview?${params.toString()}`
}

/** The admin's Preview button for a page collection, in the language being edited. */
export const previewButton =
  (collection: PageCollection): GeneratePreviewURL =>
  (doc, { locale }) =>
    typeof doc.id === 'string' ? previewUrl(collection, doc.id, locale || 'en') : null
