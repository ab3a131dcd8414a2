import sharp from 'sharp'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BYTES } from '@/collections/Media/hooks/rejectOversizedFile'
import { validationErrors } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
const count = async () =>
  (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
})

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3f6658' } })
    .png()
    .toBuffer()

describe('media uploads', () => {
  it('stores an image with responsive sizes and an alt text per language', async () => {
    const data = await png(1800, 1200)
    const created = await payload.create({
      collection: 'media',
      data: { alt: 'Treatment room' },
      file: { data, mimetype: 'image/png', name: 'room.png', size: data.length },
      locale: 'en',
    })
    await payload.update({
      collection: 'media',
      id: created.id,
      locale: 'id',
      data: { alt: 'Ruang perawatan' },
    })
    const id = await payload.findByID({ collection: 'media', id: created.id, locale: 'id' })
    expect(id.alt).toBe('Ruang perawatan')
    expect(created.mimeType).toBe('image/webp')
    expect(Object.keys(created.sizes ?? {})).toEqual(['thumbnail', 'card', 'hero'])
    expect(created.sizes?.card?.width).toBe(800)
  })

  it('refuses a file that is not an image, naming the problem, and stores nothing', async () => {
    const before = await count()
    const data = Buffer.from('%PDF-1.4 not an image')
    const attempt = payload.create({
      collection: 'media',
      data: { alt: 'Price list' },
      file: { data, mimetype: 'application/pdf', name: 'prices.pdf', size: data.length },
    })
    await expect(attempt).rejects.toThrow(/file type|not allowed|invalid/i)
    expect(await count()).toBe(before)
  })

  it('refuses an image over the size limit with the limit in the message', async () => {
    const before = await count()
    // A real PNG padded past the limit, so only its size is wrong.
    const data = Buffer.concat([await png(40, 40), Buffer.alloc(MAX_UPLOAD_BYTES)])
    const attempt = payload.create({
      collection: 'media',
      data: { alt: 'Huge' },
      file: { data, mimetype: 'image/png', name: 'huge.png', size: data.length },
    })
    const errors = validationErrors(await attempt.catch((error: unknown) => error))
    expect(errors.join('\n')).toMatch(/^file: The image is larger than the 8 MB limit/m)
    expect(await count()).toBe(before)
  })

  it('requires an English alt text', async () => {
    const data = await png(400, 300)
    const attempt = payload.create({
      collection: 'media',
      data: { alt: '' },
      file: { data, mimetype: 'image/png', name: 'no-alt.png', size: data.length },
    })
    await expect(attempt).rejects.toThrow(/Alt/i)
  })
})
