import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Modality, Service, User } from '@/payload-types'
import { overlayTyped } from '@/preview/overlayTyped'
import { forgetTyped, rememberTyped, typedFor } from '@/preview/typedValues'
import { findPublished } from '@/queries/localizedFind'
import { runInPreview } from '@/queries/preview'
import { makeModality, makeService, makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

type Staff = User & { collection: 'users' }

let payload: Payload
let editor: Staff
let marketing: Staff
let modality: Modality
let service: Service

beforeAll(async () => {
  payload = await getTestPayload()
  editor = { ...(await makeUser(payload, ['editor'])).user, collection: 'users' }
  marketing = { ...(await makeUser(payload, ['marketing'])).user, collection: 'users' }
  modality = await makeModality(payload)
  service = await makeService(payload, modality.id, {
    options: [
      { durationMinutes: 60, priceIdr: 350000 },
      { durationMinutes: 90, priceIdr: 480000 },
    ],
  })
  await payload.update({
    collection: 'services',
    id: service.id,
    locale: 'id',
    data: { name: 'Layanan uji', summary: 'Ringkasan singkat' },
  })
})

const readAs = (user: Staff, locale: 'en' | 'id') =>
  runInPreview(user, async () => {
    const [doc] = await findPublished<Service>(payload, 'services', locale, {
      where: { id: { equals: service.id } },
      depth: 1,
    })
    return doc
  })

describe('live preview of unsaved typing', () => {
  it('shows what the editor typed, in that language only, to that editor only, with links still populated', async () => {
    const options = service.options.map((row) => ({ ...row }))
    rememberTyped(
      { userId: editor.id, collection: 'services', id: service.id, locale: 'id' },
      {
        id: service.id,
        name: 'Pijat otot dalam (belum disimpan)',
        summary: '',
        modality: modality.id,
        options: [{ ...options[1], priceIdr: 500000 }, options[0]],
      },
    )
    try {
      const typed = await readAs(editor, 'id')
      expect(typed?.name).toBe('Pijat otot dalam (belum disimpan)')
      // An emptied field keeps its saved words rather than leaving a hole in the page.
      expect(typed?.summary).toBe('Ringkasan singkat')
      // The form holds only the massage type's id: the page keeps the populated record.
      expect(typed?.modality).toMatchObject({ id: modality.id, name: modality.name })
      // Rows follow the form's order and numbers, matched by row id.
      expect(typed?.options.map((row) => [row.durationMinutes, row.priceIdr])).toEqual([
        [90, 500000],
        [60, 350000],
      ])
      expect(typed?.fallbackFields).not.toContain('name')

      expect((await readAs(editor, 'en'))?.name).toBe(service.name)
      expect((await readAs(marketing, 'id'))?.name).toBe('Layanan uji')
      // Visitors' reads and the stored draft are untouched.
      const [published] = await findPublished<Service>(payload, 'services', 'id', {
        where: { id: { equals: service.id } },
      })
      expect(published?.name).toBe('Layanan uji')
      const stored = await payload.findByID({
        collection: 'services',
        id: service.id,
        locale: 'id',
        draft: true,
      })
      expect(stored.name).toBe('Layanan uji')
    } finally {
      forgetTyped({ userId: editor.id, collection: 'services', id: service.id, locale: 'id' })
    }
    expect((await readAs(editor, 'id'))?.name).toBe('Layanan uji')
  })

  it('forgets typing after a quarter of an hour', () => {
    const key = { userId: editor.id, collection: 'services', id: 'x', locale: 'en' }
    rememberTyped(key, { name: 'typed' }, 0)
    expect(typedFor(key, 14 * 60_000)).toEqual({ name: 'typed' })
    expect(typedFor(key, 15 * 60_000)).toBeUndefined()
  })

  it('keeps blocks by type and id, drops rows of unknown blocks, and never takes ids for pictures', () => {
    const fields = payload.collections.pages.config.flattenedFields
    const saved = {
      id: 'p',
      title: 'Saved',
      layout: [
        { id: 'a', blockType: 'hero', headline: 'Old', image: { id: 'm1', url: '/m1.jpg' } },
      ],
    }
    const result = overlayTyped(fields, saved, {
      title: 'Typed',
      layout: [
        { id: 'a', blockType: 'hero', headline: 'New', image: 'm2' },
        { id: 'b', blockType: 'not-a-block', headline: 'x' },
        { id: 'c', blockType: 'quote', quote: 'Calm hands', image: 'm3' },
      ],
    })
    expect(result.title).toBe('Typed')
    expect(result.layout).toEqual([
      { id: 'a', blockType: 'hero', headline: 'New', image: { id: 'm1', url: '/m1.jpg' } },
      { id: 'c', blockType: 'quote', quote: 'Calm hands' },
    ])
  })
})
