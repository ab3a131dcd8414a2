import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { bestOffer, promotionalPrice, type PromotionTerms } from '@/promotions/pricing'
import { readActivePromotions } from '@/queries/promotions'
import { makeModality, makeService, makeUser, validationErrors } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let marketing: string
let serviceId: string
let cheapServiceId: string

const HOUR = 3_600_000
const at = (offsetHours: number, from = Date.now()) => new Date(from + offsetHours * HOUR)

type PromotionInput = Partial<RequiredDataFromCollectionSlug<'promotions'>>

const validPromotion = (overrides: PromotionInput = {}) => ({
  title: `Offer ${Math.random().toString(36).slice(2, 8)}`,
  summary: 'A limited offer.',
  startsAt: at(-1).toISOString(),
  startsAt_tz: 'Asia/Jakarta' as const,
  endsAt: at(24).toISOString(),
  endsAt_tz: 'Asia/Jakarta' as const,
  discountType: 'percentage' as const,
  percentOff: 20,
  services: [serviceId],
  _status: 'published' as const,
  ...overrides,
})

const createPromotion = (overrides: PromotionInput = {}) =>
  payload.create({
    collection: 'promotions',
    data: validPromotion(overrides) as RequiredDataFromCollectionSlug<'promotions'>,
    overrideAccess: true,
  })

beforeAll(async () => {
  payload = await getTestPayload()
  await makeUser(payload, ['admin'])
  marketing = (await makeUser(payload, ['marketing'])).token
  const modality = await makeModality(payload)
  serviceId = (
    await makeService(payload, modality.id, {
      options: [
        { durationMinutes: 60, priceIdr: 395000 },
        { durationMinutes: 90, priceIdr: 545000 },
      ],
    })
  ).id
  cheapServiceId = (
    await makeService(payload, modality.id, {
      options: [{ durationMinutes: 45, priceIdr: 325000 }],
    })
  ).id
})

afterEach(() => {
  vi.useRealTimers()
})

describe('promotion prices', () => {
  const base: PromotionTerms = {
    id: 'p',
    title: 'Offer',
    slug: 'offer',
    discountType: 'percentage',
    percentOff: 20,
    appliesToAll: false,
    services: ['s1'],
    startsAt: '2026-12-01T00:00:00+07:00',
    endsAt: '2026-12-31T23:59:00+07:00',
    _status: 'published',
  }

  it('rounds to whole rupiah and never raises a price', () => {
    expect(promotionalPrice(base, 395000, 60)).toBe(316000)
    expect(promotionalPrice({ ...base, percentOff: 15 }, 333333, 60)).toBe(283333)
    expect(
      promotionalPrice({ ...base, discountType: 'fixedAmount', amountOffIdr: 50000 }, 325000, 45),
    ).toBe(275000)
    const pkg = {
      ...base,
      discountType: 'packagePrice' as const,
      packageDurationMinutes: 90,
      packagePriceIdr: 575000,
    }
    expect(promotionalPrice(pkg, 675000, 90)).toBe(575000)
    expect(promotionalPrice(pkg, 495000, 60)).toBeNull()
    expect(promotionalPrice({ ...pkg, packagePriceIdr: 700000 }, 675000, 90)).toBeNull()
  })

  it('applies only inside the window (Jakarta time), judged by an injected clock', () => {
    const option = { durationMinutes: 60, priceIdr: 395000 }
    expect(bestOffer([base], 's1', option, new Date('2026-11-30T23:59:59+07:00'))).toBeNull()
    expect(bestOffer([base], 's1', option, new Date('2026-12-01T00:00:00+07:00'))?.priceIdr).toBe(
      316000,
    )
    expect(bestOffer([base], 's1', option, new Date('2026-12-31T23:58:59+07:00'))?.priceIdr).toBe(
      316000,
    )
    expect(bestOffer([base], 's1', option, new Date('2026-12-31T23:59:00+07:00'))).toBeNull()
    expect(bestOffer([base], 'other', option, new Date('2026-12-15T12:00:00+07:00'))).toBeNull()
  })

  it('picks the lowest of several running offers', () => {
    const fixed = { ...base, id: 'q', discountType: 'fixedAmount' as const, amountOffIdr: 100000 }
    const offer = bestOffer(
      [base, fixed],
      's1',
      { durationMinutes: 60, priceIdr: 395000 },
      new Date('2026-12-10T10:00:00+07:00'),
    )
    expect(offer).toMatchObject({ priceIdr: 295000, promotion: { id: 'q' } })
  })
})

describe('promotion validation', () => {
  const errorsFor = async (overrides: PromotionInput) => {
    const response = await rest('/promotions', {
      method: 'POST',
      token: marketing,
      body: validPromotion(overrides),
    })
    expect(response.status).toBe(400)
    return (
      (response.json as { errors: { data?: { errors: { path: string; message: string }[] } }[] })
        .errors[0]?.data?.errors ?? []
    )
  }

  it('rejects an end before the start, on the end field', async () => {
    const errors = await errorsFor({ startsAt: at(5).toISOString(), endsAt: at(1).toISOString() })
    expect(errors).toContainEqual({
      path: 'endsAt',
      message: 'The end must be after the start.',
      label: expect.anything(),
    })
  })

  it('rejects a percentage outside 1–100', async () => {
    for (const percentOff of [0, 101, 12.5]) {
      const errors = await errorsFor({ percentOff })
      expect(errors.map((error) => error.path)).toEqual(['percentOff'])
    }
  })

  it('rejects a fixed amount that is not below the cheapest applicable price, naming it', async () => {
    const errors = await errorsFor({
      discountType: 'fixedAmount',
      amountOffIdr: 325000,
      services: [serviceId, cheapServiceId],
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ path: 'amountOffIdr' })
    expect(errors[0]?.message).toContain('IDR 325,000')
  })

  it('rejects a package price for a length no chosen service offers, and one above the regular price', async () => {
    const noLength = await errorsFor({
      discountType: 'packagePrice',
      packageDurationMinutes: 120,
      packagePriceIdr: 400000,
    })
    expect(noLength[0]).toMatchObject({ path: 'packagePriceIdr' })
    const tooHigh = await errorsFor({
      discountType: 'packagePrice',
      packageDurationMinutes: 90,
      packagePriceIdr: 545000,
    })
    expect(tooHigh[0]?.message).toContain('below the regular 90-minute price')
  })

  it('needs services unless it applies to all, and a well-formed code', async () => {
    expect((await errorsFor({ services: [] })).map((error) => error.path)).toEqual(['services'])
    expect((await errorsFor({ promoCode: 'bad code!' })).map((error) => error.path)).toEqual([
      'promoCode',
    ])
    const all = await rest('/promotions', {
      method: 'POST',
      token: marketing,
      body: validPromotion({ services: [], appliesToAll: true }),
    })
    expect(all.status).toBe(201)
  })

  it('writes nothing when invalid', async () => {
    const before = (await payload.count({ collection: 'promotions', overrideAccess: true }))
      .totalDocs
    await errorsFor({ percentOff: 0 })
    const after = (await payload.count({ collection: 'promotions', overrideAccess: true }))
      .totalDocs
    expect(after).toBe(before)
  })

  it('shows validation through the Local API as field errors too', async () => {
    const error = await createPromotion({ percentOff: 150 }).catch((caught: unknown) => caught)
    expect(validationErrors(error)).toEqual(['percentOff: Enter a whole percentage from 1 to 100.'])
  })
})

describe('who sees a promotion', () => {
  it('visitors see only published promotions inside their window, through REST and GraphQL', async () => {
    const running = await createPromotion()
    const draft = await createPromotion({ _status: 'draft' })
    const future = await createPromotion({
      startsAt: at(24).toISOString(),
      endsAt: at(48).toISOString(),
    })
    const expired = await createPromotion({
      startsAt: at(-48).toISOString(),
      endsAt: at(-1).toISOString(),
    })

    const listed = (
      (await rest('/promotions?limit=100&draft=true')).json as { docs: { id: string }[] }
    ).docs.map((doc) => doc.id)
    expect(listed).toContain(running.id)
    for (const hidden of [draft, future, expired]) {
      expect(listed).not.toContain(hidden.id)
      expect((await rest(`/promotions/${hidden.id}`)).status).toBe(404)
    }

    const gql = (await graphql('{ Promotions(limit: 100, draft: true) { docs { id } } }')).json as {
      data: { Promotions: { docs: { id: string }[] } }
    }
    const gqlIds = gql.data.Promotions.docs.map((doc) => doc.id)
    expect(gqlIds).toContain(running.id)
    for (const hidden of [draft, future, expired]) expect(gqlIds).not.toContain(hidden.id)

    const staff = (
      (await rest('/promotions?limit=100&draft=true', { token: marketing })).json as {
        docs: { id: string }[]
      }
    ).docs.map((doc) => doc.id)
    expect(staff).toEqual(expect.arrayContaining([running.id, draft.id, future.id, expired.id]))
  })

  it('the site data layer follows the clock: a future offer appears once it starts', async () => {
    const start = at(2)
    const soon = await createPromotion({
      startsAt: start.toISOString(),
      endsAt: at(5).toISOString(),
    })
    expect((await readActivePromotions('en', new Date())).map((doc) => doc.id)).not.toContain(
      soon.id,
    )

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(at(1, start.getTime()))
    expect((await readActivePromotions('en', new Date())).map((doc) => doc.id)).toContain(soon.id)
    vi.setSystemTime(at(4, start.getTime()))
    expect((await readActivePromotions('en', new Date())).map((doc) => doc.id)).not.toContain(
      soon.id,
    )
  })
})

describe('scheduling', () => {
  it('a scheduled publish and unpublish take effect when the job runner reaches them', async () => {
    const promotion = await createPromotion({ _status: 'draft' })
    const publishAt = at(1)
    const unpublishAt = at(3)
    for (const [type, waitUntil] of [
      ['publish', publishAt],
      ['unpublish', unpublishAt],
    ] as const) {
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc: { relationTo: 'promotions', value: promotion.id } },
        waitUntil,
      })
    }
    const status = async () =>
      (await payload.findByID({ collection: 'promotions', id: promotion.id, overrideAccess: true }))
        ._status

    await payload.jobs.run()
    expect(await status()).toBe('draft')

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(at(0.5, publishAt.getTime()))
    await payload.jobs.run()
    expect(await status()).toBe('published')

    vi.setSystemTime(at(0.5, unpublishAt.getTime()))
    await payload.jobs.run()
    expect(await status()).toBe('draft')
  })

  it('publishing queues page expiry at the start and the end of the window', async () => {
    const startsAt = at(6)
    const endsAt = at(30)
    const promotion = await createPromotion({
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
    })
    const queued = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'expirePromotionPages' } },
          limit: 100,
          overrideAccess: true,
        })
      ).docs
        .filter((job) => (job.input as { promotion?: string }).promotion === promotion.id)
        .map((job) => new Date(job.waitUntil as string).getTime())
        .sort()
    expect(await queued()).toEqual([startsAt.getTime(), endsAt.getTime()])

    // Saving the translation (or saving again) keeps one job per moment: the pages expire once.
    await payload.update({
      collection: 'promotions',
      id: promotion.id,
      locale: 'id',
      data: { title: 'Promo jadwal halaman', summary: 'Penawaran uji jadwal.' },
      overrideAccess: true,
    })
    expect(await queued()).toEqual([startsAt.getTime(), endsAt.getTime()])
  })
})

describe('translation status', () => {
  it('shows a document missing Indonesian, and completes when it is translated', async () => {
    const promotion = await createPromotion()
    expect(promotion.missingTranslations).toEqual(['id'])

    const missing = (
      await rest('/promotions?where[missingTranslations][in]=id&limit=100', { token: marketing })
    ).json as { docs: { id: string }[] }
    expect(missing.docs.map((doc) => doc.id)).toContain(promotion.id)

    const translated = await payload.update({
      collection: 'promotions',
      id: promotion.id,
      locale: 'id',
      data: { title: 'Promo terbatas', summary: 'Penawaran terbatas.' },
      overrideAccess: true,
    })
    expect(translated.missingTranslations).toEqual([])
    const stillMissing = (
      await rest('/promotions?where[missingTranslations][in]=id&limit=100', { token: marketing })
    ).json as { docs: { id: string }[] }
    expect(stillMissing.docs.map((doc) => doc.id)).not.toContain(promotion.id)
  })

  it('counts a language incomplete while a required field is empty there', async () => {
    const modality = await makeModality(payload)
    const service = await makeService(payload, modality.id)
    const partly = await payload.update({
      collection: 'services',
      id: service.id,
      locale: 'id',
      data: { name: 'Pijat uji' },
      draft: true,
      overrideAccess: true,
    })
    expect(partly.missingTranslations).toEqual(['id'])
  })
})
