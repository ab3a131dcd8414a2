import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeModality, makeService, validationErrors } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload
let modalityId: string

beforeAll(async () => {
  payload = await getTestPayload()
  modalityId = (await makeModality(payload, { name: 'Relaxation massage' })).id
})

const countServices = async () =>
  (await payload.count({ collection: 'services', overrideAccess: true })).totalDocs

describe('localized content', () => {
  it('stores and returns each language separately', async () => {
    const service = await makeService(payload, modalityId, {
      name: 'Deep Tissue Massage',
      summary: 'Slow, firm work on deeper layers.',
    })
    await payload.update({
      collection: 'services',
      id: service.id,
      locale: 'id',
      data: { name: 'Pijat Deep Tissue', summary: 'Pijatan lambat dan kuat.' },
    })

    const en = await payload.findByID({ collection: 'services', id: service.id, locale: 'en' })
    const id = await payload.findByID({ collection: 'services', id: service.id, locale: 'id' })
    expect([en.name, en.slug]).toEqual(['Deep Tissue Massage', 'deep-tissue-massage'])
    expect([id.name, id.slug]).toEqual(['Pijat Deep Tissue', 'pijat-deep-tissue'])
    expect(id.options).toEqual(en.options)
  })

  it('falls back to English where Indonesian is missing, and says so when fallback is off', async () => {
    const service = await makeService(payload, modalityId, { name: 'Hot Stone Massage' })

    const withFallback = await payload.findByID({
      collection: 'services',
      id: service.id,
      locale: 'id',
    })
    expect(withFallback.name).toBe('Hot Stone Massage')

    const withoutFallback = await payload.findByID({
      collection: 'services',
      id: service.id,
      locale: 'id',
      fallbackLocale: false,
    })
    expect(withoutFallback.name ?? null).toBeNull()
  })
})

describe('slugs', () => {
  it('rejects a second document with the same slug in the same language, writing nothing', async () => {
    await makeService(payload, modalityId, { name: 'Foot Reflexology', slug: 'foot-reflexology' })
    const before = await countServices()

    const attempt = makeService(payload, modalityId, { name: 'Another', slug: 'foot-reflexology' })
    await expect(attempt).rejects.toThrow()
    const errors = validationErrors(await attempt.catch((error: unknown) => error))
    expect(errors.join('\n')).toMatch(/^slug: .*already used/m)
    expect(await countServices()).toBe(before)
  })

  it('allows the same slug in the other language and enforces uniqueness there too', async () => {
    const first = await makeService(payload, modalityId, {
      name: 'Scalp Massage',
      slug: 'scalp-massage',
    })
    const second = await makeService(payload, modalityId, {
      name: 'Head Ritual',
      slug: 'head-ritual',
    })
    await payload.update({
      collection: 'services',
      id: second.id,
      locale: 'id',
      data: { name: 'Pijat Kepala', summary: 'Ringkasan', slug: 'scalp-massage' },
    })

    const clash = payload.update({
      collection: 'services',
      id: first.id,
      locale: 'id',
      data: { name: 'Pijat Kulit Kepala', summary: 'Ringkasan', slug: 'scalp-massage' },
    })
    const errors = validationErrors(await clash.catch((error: unknown) => error))
    expect(errors.join('\n')).toMatch(/^slug: .*already used/m)
    const firstInIndonesian = await payload.findByID({
      collection: 'services',
      id: first.id,
      locale: 'id',
      fallbackLocale: false,
    })
    expect(firstInIndonesian.name ?? null).toBeNull()
  })

  it('makes a URL-safe slug from the name, and normalises a typed one', async () => {
    const made = await makeService(payload, modalityId, { name: 'Back, Neck & Shoulder Relief!' })
    expect(made.slug).toBe('back-neck-and-shoulder-relief')
    const typed = await makeService(payload, modalityId, { name: 'X', slug: 'Pijat Kaki/../Ñ' })
    expect(typed.slug).toBe('pijat-kaki-n')
  })
})

describe('validation of services', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'a negative price',
      { options: [{ durationMinutes: 60, priceIdr: -1 }] },
      /^options\.0\.priceIdr:/m,
    ],
    [
      'a price with decimals',
      { options: [{ durationMinutes: 60, priceIdr: 350000.5 }] },
      /^options\.0\.priceIdr: .*whole/m,
    ],
    ['no duration/price option', { options: [] }, /^options:/m],
    ['no English name', { name: '' }, /^name:/m],
  ]

  for (const [label, data, expected] of cases) {
    it(`rejects ${label} with the field named and nothing written (Local API)`, async () => {
      const before = await countServices()
      const attempt = makeService(payload, modalityId, data as never)
      const errors = validationErrors(await attempt.catch((error: unknown) => error))
      expect(errors.join('\n')).toMatch(expected)
      expect(await countServices()).toBe(before)
    })
  }

  it('answers REST with 400 and the field named, never 500', async () => {
    const admin = await payload.create({
      collection: 'users',
      data: { email: 'content-admin@example.com', password: 'a-long-password-1', roles: ['admin'] },
      overrideAccess: true,
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: admin.email, password: 'a-long-password-1' },
    })
    const before = await countServices()
    const response = await rest('/services?locale=en', {
      method: 'POST',
      token,
      body: {
        name: 'Bad price',
        modality: modalityId,
        summary: 'x',
        options: [{ durationMinutes: 60, priceIdr: -5 }],
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('options.0.priceIdr')
    expect(await countServices()).toBe(before)
  })
})
