import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

export type ContentSlug =
  'techniques' | 'modalities' | 'services' | 'therapists' | 'promotions' | 'comparisons' | 'pages'

type UpdateById = Parameters<Payload['update']>[0]
type Row = Record<string, unknown>

const quiet = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The Indonesian write must keep each array row's (and block's) id and its shared values, at
 * every depth, otherwise Payload treats the rows as new and the English text of those rows is lost.
 */
function keepRowIdentity(saved: Row, translation: Row): Row {
  const merged: Row = { ...translation }
  for (const [key, value] of Object.entries(translation)) {
    const savedValue = saved[key]
    if (Array.isArray(value) && Array.isArray(savedValue)) {
      merged[key] = value.map((row: unknown, index) => {
        const savedRow: unknown = savedValue[index]
        return isRow(row) && isRow(savedRow)
          ? { ...savedRow, ...keepRowIdentity(savedRow, row) }
          : row
      })
    } else if (isRow(value) && isRow(savedValue) && !('root' in value)) {
      merged[key] = { ...savedValue, ...keepRowIdentity(savedValue, value) }
    }
  }
  return merged
}

/** Creates or updates (matched by English slug) a published document in English, then Indonesian. */
export async function upsertBilingual<C extends ContentSlug>(
  payload: Payload,
  collection: C,
  english: RequiredDataFromCollectionSlug<C> & { slug: string },
  indonesian: Partial<RequiredDataFromCollectionSlug<C>>,
): Promise<{ id: string; created: boolean }> {
  const existing = await payload.find({
    collection,
    where: { slug: { equals: english.slug } },
    locale: 'en',
    draft: true,
    limit: 1,
    pagination: false,
    ...quiet,
  })
  const current = existing.docs[0]
  const update = (id: string, locale: 'en' | 'id', data: Row) =>
    payload.update({
      collection,
      id,
      locale,
      data: { ...data, _status: 'published' } as UpdateById['data'],
      ...quiet,
    } as UpdateById)

  const saved = (current
    ? await update(String(current.id), 'en', english)
    : await payload.create({
        collection,
        data: { ...english, _status: 'published' },
        locale: 'en',
        ...quiet,
      })) as unknown as Row
  const id = String(saved.id)
  await update(id, 'id', keepRowIdentity(saved, indonesian))
  return { id, created: !current }
}
