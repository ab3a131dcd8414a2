import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { lookupSlug } from '@/queries/slugs'
import { makeModality, makeService } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload
let modalityId: string

beforeAll(async () => {
  payload = await getTestPayload()
  modalityId = (await makeModality(payload)).id
})

async function bilingualService(en: string, id: string) {
  const service = await makeService(payload, modalityId, { name: en })
  await payload.update({
    collection: 'services',
    id: service.id,
    locale: 'id',
    data: { name: id, summary: 'Ringkasan singkat', _status: 'published' },
  })
  return service.id
}

const rename = (id: string, locale: 'en' | 'id', slug: string, status = 'published') =>
  payload.update({
    collection: 'services',
    id,
    locale,
    data: { slug, _status: status as 'published' | 'draft' },
    draft: status === 'draft',
  })

describe('a published slug change', () => {
  it('moves the old address to the new slug in that language only', async () => {
    const id = await bilingualService('Lava Shell Massage', 'Pijat Kerang Lava')
    await rename(id, 'id', 'pijat-cangkang-lava')

    expect(await lookupSlug(payload, 'services', 'id', 'pijat-kerang-lava')).toEqual({
      kind: 'moved',
      slug: 'pijat-cangkang-lava',
    })
    expect(await lookupSlug(payload, 'services', 'id', 'pijat-cangkang-lava')).toMatchObject({
      kind: 'found',
      id,
    })
    // English kept its slug; the Indonesian old slug means nothing in English.
    expect(await lookupSlug(payload, 'services', 'en', 'lava-shell-massage')).toMatchObject({
      kind: 'found',
    })
    expect(await lookupSlug(payload, 'services', 'en', 'pijat-kerang-lava')).toEqual({
      kind: 'missing',
    })
  })

  it('resolves a chain of renames in one hop and forgets a slug taken back', async () => {
    const id = await bilingualService('Bamboo Massage', 'Pijat Bambu')
    await rename(id, 'en', 'bamboo-stick-massage')
    await rename(id, 'en', 'bamboo-body-massage')

    expect(await lookupSlug(payload, 'services', 'en', 'bamboo-massage')).toEqual({
      kind: 'moved',
      slug: 'bamboo-body-massage',
    })
    expect(await lookupSlug(payload, 'services', 'en', 'bamboo-stick-massage')).toEqual({
      kind: 'moved',
      slug: 'bamboo-body-massage',
    })

    await rename(id, 'en', 'bamboo-massage')
    const left = await payload.find({
      collection: 'slug-redirects',
      where: { documentId: { equals: id } },
      overrideAccess: true,
    })
    expect(left.docs.map((doc) => doc.from).sort()).toEqual([
      'bamboo-body-massage',
      'bamboo-stick-massage',
    ])
    expect(await lookupSlug(payload, 'services', 'en', 'bamboo-massage')).toMatchObject({
      kind: 'found',
    })
  })

  it('is not recorded for a draft, and the redirect goes away with the document', async () => {
    const id = await bilingualService('Candle Massage', 'Pijat Lilin')
    await rename(id, 'en', 'warm-candle-massage', 'draft')
    expect(await lookupSlug(payload, 'services', 'en', 'candle-massage')).toMatchObject({
      kind: 'found',
    })

    await rename(id, 'en', 'warm-candle-massage')
    expect((await lookupSlug(payload, 'services', 'en', 'candle-massage')).kind).toBe('moved')

    await payload.delete({ collection: 'services', id })
    expect(await lookupSlug(payload, 'services', 'en', 'candle-massage')).toEqual({
      kind: 'missing',
    })
    const left = await payload.count({
      collection: 'slug-redirects',
      where: { documentId: { equals: id } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
  })

  it('keeps the redirect table away from anonymous visitors', async () => {
    const response = await rest('/slug-redirects')
    expect(response.status).toBe(403)
  })
})
