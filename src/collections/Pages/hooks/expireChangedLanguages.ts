import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'
import { nestedReq } from '@/hooks/nestedReq'
import { expireTags } from '@/hooks/revalidate'
import { LOCALES, type Locale } from '@/i18n/locales'
import { contentTag } from '@/queries/tags'
import { pageTag } from '@/queries/pageTags'

type Snapshot = { content: string; address: string } | null
type Snapshots = Record<Locale, Snapshot>

const contextKey = (id: unknown) => `publishedPage:${String(id)}`

/** What visitors see of one page in one language: its published version, or nothing. */
async function publishedIn(req: PayloadRequest, id: unknown, locale: Locale): Promise<Snapshot> {
  const found = await req.payload.find({
    collection: 'pages',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    locale,
    fallbackLocale: false,
    draft: false,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req: nestedReq(req),
  })
  const doc = found.docs[0]
  if (!doc) return null
  const { updatedAt: _updatedAt, ...shown } = doc
  return { content: JSON.stringify(shown), address: `${doc.slug}\u0000${doc.title}` }
}

const snapshots = async (req: PayloadRequest, id: unknown): Promise<Snapshots> =>
  Object.fromEntries(
    await Promise.all(LOCALES.map(async (locale) => [locale, await publishedIn(req, id, locale)])),
  ) as Snapshots

/** Before a save: the page as visitors see it now, in each language. */
export const notePublishedPage: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (operation === 'update' && originalDoc?.id && !context.disableRevalidate) {
    req.context[contextKey(originalDoc.id)] = await snapshots(req, originalDoc.id)
  }
  return data
}

/**
 * After a save: expire exactly the languages whose published page changed. An autosaved draft
 * changes nothing; a publish of Indonesian words expires /id/<slug> only; a change of the shared
 * layout, both. A new or changed address or title also expires what lists pages (sitemap, menus).
 */
export const expireChangedLanguages: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.disableRevalidate) return doc
  const before = (req.context[contextKey(doc.id)] as Snapshots | undefined) ?? {
    en: null,
    id: null,
  }
  delete req.context[contextKey(doc.id)]
  const after = await snapshots(req, doc.id)
  const tags = LOCALES.flatMap((locale) => {
    const was = before[locale]
    const is = after[locale]
    if (was?.content === is?.content) return []
    return [
      pageTag(String(doc.id), locale),
      ...(was?.address !== is?.address ? [contentTag('pages', locale)] : []),
    ]
  })
  expireTags(tags)
  return doc
}

export const expireDeletedPage: CollectionAfterDeleteHook = ({ doc, context }) => {
  if (!context.disableRevalidate) {
    expireTags(
      LOCALES.flatMap((locale) => [pageTag(String(doc.id), locale), contentTag('pages', locale)]),
    )
  }
  return doc
}
