import { nestedReq } from '@/hooks/nestedReq'
import type { CollectionSlug, FieldHook, TextField, Validate } from 'payload'
import { say } from '@/admin/adminLanguage'

/** "Pijat Relaksasi Aromaterapi" → "pijat-relaksasi-aromaterapi" */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

const generateFrom =
  (sourceField: string): FieldHook =>
  ({ value, siblingData }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source: unknown = siblingData?.[sourceField]
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }

/** Uniqueness within the locale being written, on any database adapter. */
const uniqueInLocale: Validate<string | null | undefined, unknown, unknown, TextField> = async (
  value,
  { req, id, collectionSlug },
) => {
  if (!value) return req.t('validation:required')
  if (!collectionSlug || !req?.payload) return true
  const clash = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    where: id
      ? { and: [{ slug: { equals: value } }, { id: { not_equals: id } }] }
      : { slug: { equals: value } },
    locale: req.locale ?? undefined,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req: nestedReq(req),
  })
  return clash.docs.length === 0
    ? true
    : say(req, {
        en: `The slug "${value}" is already used by another document in this language. Choose a different one.`,
        id: `Slug "${value}" sudah dipakai dokumen lain dalam bahasa ini. Pilih slug lain.`,
      })
}

/** A localized, URL-safe slug generated from `sourceField` when left empty; unique per locale. */
export const slugField = (sourceField = 'name'): TextField => ({
  name: 'slug',
  type: 'text',
  localized: true,
  index: true,
  required: true,
  validate: uniqueInLocale,
  hooks: { beforeValidate: [generateFrom(sourceField)] },
  admin: {
    position: 'sidebar',
    description: {
      en: 'Part of the page address in this language. Left empty, it is made from the name.',
      id: 'Bagian alamat halaman dalam bahasa ini. Jika dikosongkan, dibuat dari namanya.',
    },
  },
})
