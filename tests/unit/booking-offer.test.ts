/**
 * A request's reference and price: the server gives every request a unique short reference and
 * stores its list price and — with a promo code checked against the live promotions for the
 * requested day, treatment and length — the offer price, on every way in. The form's result
 * carries them to the guest's page and calendar file.
 */
import ICAL from 'ical.js'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { openResult } from '@/booking/formResult'
import { REFERENCE_PATTERN } from '@/booking/reference'
import {
  jakartaDate,
  newVisitorHeaders,
  nextTuesday,
  setSpaSettings,
  validRequest,
} from '../helpers/booking'
import { makeModality, makeService, makeUser, validationErrors } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let serviceId: string
let otherServiceId: string
const date = nextTuesday()

type RestError = {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

beforeAll(async () => {
  payload = await getTestPayload()
  await setSpaSettings(payload, {
    booking: { treatmentRooms: 40, bufferMinutes: 15, replyWithinMinutes: 20 },
  })
  const modality = await makeModality(payload)
  serviceId = (
    await makeService(payload, modality.id, {
      options: [
        { durationMinutes: 60, priceIdr: 395_000 },
        { durationMinutes: 90, priceIdr: 545_000 },
      ],
    })
  ).id
  otherServiceId = (await makeService(payload, modality.id)).id
  const promotion = (code: string, overrides: Record<string, unknown>) =>
    payload.create({
      collection: 'promotions',
      overrideAccess: true,
      data: {
        title: `Offer ${code}`,
        summary: 'A limited offer.',
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        endsAt: new Date(`${jakartaDate(30)}T00:00:00+07:00`).toISOString(),
        discountType: 'percentage',
        percentOff: 20,
        services: [serviceId],
        promoCode: code,
        _status: 'published',
        ...overrides,
      } as RequiredDataFromCollectionSlug<'promotions'>,
    })
  await promotion('TESTSLOW20', {})
  // Ends before the requested day: the code is real but not valid then.
  await promotion('TESTSOON', {
    endsAt: new Date(`${jakartaDate(2)}T00:00:00+07:00`).toISOString(),
  })
})

const local = (overrides: Record<string, unknown>) =>
  payload.create({
    collection: 'inquiries',
    // Anonymous Local API calls count against the visitors' limit; the rules apply either way.
    overrideAccess: true,
    data: validRequest({
      service: serviceId,
      durationMinutes: 90,
      preferredDate: date,
      ...overrides,
    }) as RequiredDataFromCollectionSlug<'inquiries'>,
  })

describe('references', () => {
  it('every request gets its own, which a client cannot choose or change', async () => {
    const first = await local({ preferredTime: '10:00', reference: 'AME-AAAA' })
    const second = await local({ preferredTime: '10:30' })
    expect(first.reference).toMatch(REFERENCE_PATTERN)
    expect(first.reference).not.toBe('AME-AAAA')
    expect(second.reference).not.toBe(first.reference)
    const updated = await payload.update({
      collection: 'inquiries',
      id: first.id,
      data: { reference: 'AME-CCCC', status: 'confirmed' } as never,
      overrideAccess: true,
    })
    expect(updated.reference).toBe(first.reference)
  })
})

describe('prices and promo codes', () => {
  it('stores the list price, and the offer price with a code valid that day', async () => {
    const plain = await local({ preferredTime: '11:00' })
    expect(plain).toMatchObject({ priceIdr: 545_000, offerPriceIdr: null, promoCode: null })
    const offered = await local({ preferredTime: '11:30', promoCode: ' testslow20 ' })
    expect(offered).toMatchObject({
      priceIdr: 545_000,
      offerPriceIdr: 436_000,
      promoCode: 'TESTSLOW20',
    })
  })

  it('a client cannot set the prices or the reference', async () => {
    const response = await rest('/inquiries', {
      method: 'POST',
      body: validRequest({
        service: serviceId,
        durationMinutes: 90,
        preferredTime: '12:00',
        priceIdr: 1,
        offerPriceIdr: 1,
        reference: 'AME-AAAA',
      }),
      headers: newVisitorHeaders(),
    })
    expect(response.status).toBe(201)
    const { id } = (response.json as { doc: { id: string } }).doc
    const stored = await payload.findByID({ collection: 'inquiries', id, overrideAccess: true })
    expect(stored).toMatchObject({ priceIdr: 545_000, offerPriceIdr: null })
    expect(stored.reference).toMatch(REFERENCE_PATTERN)
    expect(stored.reference).not.toBe('AME-AAAA')
  })

  it('refuses an unknown, expired or unrelated code with 400 naming promoCode, in the guest’s language, storing nothing', async () => {
    const before = (await payload.count({ collection: 'inquiries', overrideAccess: true }))
      .totalDocs
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ promoCode: 'NOSUCH', replyLanguage: 'en' }, /do not know that promo code/],
      [{ promoCode: 'TESTSOON', replyLanguage: 'id' }, /tidak berlaku pada tanggal/],
      [{ promoCode: 'TESTSLOW20', service: otherServiceId, durationMinutes: 60 }, /does not lower/],
    ]
    for (const [overrides, message] of cases) {
      const response = await rest('/inquiries', {
        method: 'POST',
        body: validRequest({
          service: serviceId,
          durationMinutes: 90,
          preferredTime: '13:00',
          ...overrides,
        }),
        headers: newVisitorHeaders(),
      })
      expect(response.status).toBe(400)
      const errors = (response.json as RestError).errors?.[0]?.data?.errors ?? []
      expect(errors).toEqual([
        expect.objectContaining({ path: 'promoCode', message: expect.stringMatching(message) }),
      ])
    }
    await expect(local({ preferredTime: '13:00', promoCode: 'NOSUCH' })).rejects.toSatisfy(
      (error: unknown) => validationErrors(error).some((line) => line.startsWith('promoCode: ')),
    )
    // Staff recording a phone booking get the same rule (and no visitors' limit).
    const { token } = await makeUser(payload, ['frontdesk'])
    const viaGraphql = await graphql(
      `mutation { createInquiry(data: { name: "G", phone: "+6281234567890", preferredDate: "${date}", preferredTime: "13:00", service: "${serviceId}", durationMinutes: 90, promoCode: "NOSUCH" }) { id } }`,
      token,
    )
    expect(JSON.stringify(viaGraphql.json)).toMatch(/promoCode/)
    expect((await payload.count({ collection: 'inquiries', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  })
})

describe('the form result and its calendar file', () => {
  it('carry the reference, the treatment, both prices and the promised reply time', async () => {
    const response = await rest('/inquiries/form', {
      method: 'POST',
      body: new URLSearchParams({
        locale: 'id',
        name: 'Sari',
        phone: '0812 1111 2222',
        treatment: `${serviceId}:90`,
        promoCode: 'TESTSLOW20',
        preferredDate: date,
        preferredTime: '15:00',
      }),
      headers: newVisitorHeaders(),
    })
    expect(response.status).toBe(303)
    const token = (response.headers.get('location') ?? '').split('/').pop() ?? ''
    const result = openResult(token)
    expect(result).toMatchObject({
      status: 'sent',
      stored: {
        reference: expect.stringMatching(REFERENCE_PATTERN),
        durationMinutes: 90,
        priceIdr: 545_000,
        offerPriceIdr: 436_000,
        promoCode: 'TESTSLOW20',
        replyWithinMinutes: 20,
      },
    })

    const file = await rest(`/inquiries/calendar/${token}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^text\/calendar/)
    const calendar = new ICAL.Component(ICAL.parse(String(file.json)))
    const event = calendar.getFirstSubcomponent('vevent')
    expect(event?.getFirstPropertyValue('uid')).toBe(`${result?.stored?.reference}@amespa.id`)
    expect(String(event?.getFirstProperty('dtstart')?.getParameter('tzid'))).toBe('Asia/Jakarta')
    expect(String(event?.getFirstPropertyValue('description'))).toMatch(/Rp\s?436\.000/)

    expect((await rest(`/inquiries/calendar/${token.slice(0, -2)}xx`)).status).toBe(404)
  })
})
