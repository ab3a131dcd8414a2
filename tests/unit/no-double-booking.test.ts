/**
 * No double booking, on every way in: a request for a time that is no longer free (no room, or no
 * qualified therapist on shift) is refused with 409 and the nearest free times, in the guest's
 * language; declining frees the time; staff recording a booking are warned, not blocked; and
 * simultaneous requests for the last place store exactly one.
 */
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openResult } from '@/booking/formResult'
import { SlotTaken } from '@/collections/Inquiries/hooks/holdTheSlot'
import { newVisitorHeaders, nextTuesday, setSpaSettings, validRequest } from '../helpers/booking'
import { makeModality, makeService, makeTherapist, makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { startRedis } from '../helpers/redisServer'
import { Redis } from 'ioredis'
import { graphql, rest } from '../helpers/rest'

type RestError = { errors?: { message: string; data?: { nearestTimes?: string[] } }[] }

let payload: Payload
let serviceId: string
let otherServiceId: string
let dewi: string
let made: string
let deskToken: string
const date = nextTuesday()

const ask = (overrides: Record<string, unknown>) =>
  rest('/inquiries', {
    method: 'POST',
    body: validRequest({ service: serviceId, durationMinutes: 60, ...overrides }),
    headers: newVisitorHeaders(),
  })

/** A request as the Local API takes it. */
const localRequest = (overrides: Record<string, unknown>) =>
  validRequest({
    service: serviceId,
    durationMinutes: 60,
    ...overrides,
  }) as RequiredDataFromCollectionSlug<'inquiries'>

const firstError = (json: unknown) => (json as RestError).errors?.[0]

beforeAll(async () => {
  payload = await getTestPayload()
  await setSpaSettings(payload, {
    booking: { treatmentRooms: 2, bufferMinutes: 15, replyWithinMinutes: 30 },
  })
  const modality = await makeModality(payload)
  serviceId = (
    await makeService(payload, modality.id, {
      options: [
        { durationMinutes: 60, priceIdr: 350000 },
        { durationMinutes: 90, priceIdr: 480000 },
      ],
    })
  ).id
  otherServiceId = (await makeService(payload, modality.id)).id
  // Both give the treatment on Tuesdays; Made also gives the other one, and leaves at 14:00.
  dewi = (
    await makeTherapist(payload, {
      services: [serviceId],
      workingHours: [{ weekday: 'tuesday', start: '10:00', end: '18:00' }],
    })
  ).id
  made = (
    await makeTherapist(payload, {
      services: [serviceId, otherServiceId],
      workingHours: [{ weekday: 'tuesday', start: '10:00', end: '14:00' }],
    })
  ).id
  deskToken = (await makeUser(payload, ['frontdesk'])).token
})

beforeEach(async () => {
  await payload.delete({ collection: 'inquiries', where: {}, overrideAccess: true })
})

describe('a time that is no longer free', () => {
  it('is refused with 409 and the nearest free times in the guest’s language, through REST', async () => {
    expect((await ask({ therapist: dewi, preferredTime: '11:00' })).status).toBe(201)
    const again = await ask({ therapist: dewi, preferredTime: '11:00' })
    expect(again.status).toBe(409)
    // Dewi is busy 11:00–12:00 and 15 minutes after; a 10:00 session would run into it too.
    expect(firstError(again.json)?.data?.nearestTimes).toEqual(['12:30', '13:00', '13:30'])
    expect(firstError(again.json)?.message).toBe(
      'That time has just been taken. Free times nearby that day: 12:30, 13:00, 13:30.',
    )
    const inIndonesian = await ask({ therapist: dewi, preferredTime: '11:00', replyLanguage: 'id' })
    expect(inIndonesian.status).toBe(409)
    expect(firstError(inIndonesian.json)?.message).toBe(
      'Jam itu baru saja terisi. Jam yang masih kosong di hari itu: 12.30, 13.00, 13.30.',
    )
    expect((await payload.count({ collection: 'inquiries', overrideAccess: true })).totalDocs).toBe(
      1,
    )
  })

  it('counts rooms: two rooms take two sessions at once, the third is refused', async () => {
    expect((await ask({ preferredTime: '12:00' })).status).toBe(201)
    expect((await ask({ preferredTime: '12:00' })).status).toBe(201)
    expect((await ask({ preferredTime: '12:00' })).status).toBe(409)
    // The buffer after a session keeps its room: 13:00 is still taken, 13:30 is free again.
    expect((await ask({ preferredTime: '13:00', durationMinutes: 60 })).status).toBe(409)
  })

  it('needs a qualified therapist on shift for the whole session', async () => {
    // Only Made gives the other treatment, and he leaves at 14:00.
    expect((await ask({ service: otherServiceId, preferredTime: '13:30' })).status).toBe(409)
    expect((await ask({ service: otherServiceId, preferredTime: '13:00' })).status).toBe(201)
    // Made is now busy; Dewi does not give it.
    expect((await ask({ service: otherServiceId, preferredTime: '13:00' })).status).toBe(409)
  })

  it('applies through the Local API and GraphQL as well', async () => {
    await payload.create({
      collection: 'inquiries',
      data: localRequest({ therapist: made, preferredTime: '10:00' }),
      overrideAccess: false,
    })
    await expect(
      payload.create({
        collection: 'inquiries',
        data: localRequest({ therapist: made, preferredTime: '10:30' }),
        overrideAccess: false,
      }),
    ).rejects.toBeInstanceOf(SlotTaken)
    const { json } = await graphql(
      `mutation { createInquiry(data: { name: "Ayu", phone: "081234567890", preferredDate: "${date}", preferredTime: "10:00", service: "${serviceId}", durationMinutes: 60, therapist: "${made}" }) { id } }`,
    )
    const errors = (json as { errors?: { message: string }[] }).errors ?? []
    expect(errors[0]?.message).toMatch(/That time has just been taken/)
  })

  it('is free again once the holding request is declined', async () => {
    const first = await ask({ therapist: made, preferredTime: '11:00' })
    expect((await ask({ therapist: made, preferredTime: '11:00' })).status).toBe(409)
    const id = (first.json as { doc: { id: string } }).doc.id
    const declined = await rest(`/inquiries/${id}`, {
      method: 'PATCH',
      body: { status: 'declined' },
      token: deskToken,
    })
    expect(declined.status).toBe(200)
    expect((await ask({ therapist: made, preferredTime: '11:00' })).status).toBe(201)
  })

  it('does not block staff recording a walk-in or phone booking: the request carries a warning', async () => {
    await ask({ therapist: made, preferredTime: '12:00' })
    const walkIn = await rest('/inquiries', {
      method: 'POST',
      body: validRequest({
        service: serviceId,
        durationMinutes: 60,
        therapist: made,
        preferredTime: '12:00',
        status: 'confirmed',
      }),
      token: deskToken,
    })
    expect(walkIn.status).toBe(201)
    const doc = (walkIn.json as { doc: { overlap?: string } }).doc
    expect(doc.overlap).toMatch(/Overlaps another session/)
  })

  it('on the booking form, says so beside the time, in the visitor’s language', async () => {
    await ask({ therapist: made, preferredTime: '11:00' })
    await ask({ therapist: dewi, preferredTime: '11:00' })
    const form = new URLSearchParams({
      locale: 'id',
      name: 'Ayu',
      phone: '081234567890',
      treatment: `${serviceId}:60`,
      preferredDate: date,
      preferredTime: '11:00',
    })
    const answer = await rest('/inquiries/form', {
      method: 'POST',
      body: form,
      headers: { ...newVisitorHeaders(), 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(answer.status).toBe(303)
    const sealed = decodeURIComponent(answer.headers.get('location')?.split('/').pop() ?? '')
    const result = openResult(sealed)
    expect(result?.status).toBe('invalid')
    expect(result?.errors.preferredTime).toMatch(/^Jam itu baru saja terisi\./)
  })

  it('stores exactly one of twenty simultaneous requests for the last place', async () => {
    // Made's last 60-minute start before he leaves at 14:00.
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => ask({ therapist: made, preferredTime: '13:00' })),
    )
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1)
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(19)
    const stored = await payload.find({
      collection: 'inquiries',
      where: { therapist: { equals: made } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(1)
  })

  it('stores exactly one when instances share Redis: the check runs under a lock for the day', async () => {
    const redis = await startRedis()
    process.env.REDIS_URL = redis.url
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => ask({ therapist: made, preferredTime: '13:00' })),
      )
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1)
      expect(answers.filter((answer) => answer.status === 409)).toHaveLength(19)
      // Every check took the day's lock in Redis, and the one claim was recorded there.
      const client = new Redis(redis.url)
      const stats = await client.info('commandstats')
      await client.quit()
      const calls = (command: string) =>
        Number(new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(stats)?.[1] ?? 0)
      expect(calls('set')).toBeGreaterThanOrEqual(20)
      expect(calls('hset')).toBeGreaterThanOrEqual(1)

      // A day's lock that never comes free (an instance stuck holding it): 503, nothing stored.
      const stuck = new Redis(redis.url)
      await stuck.set(`ame-spa:slot-day:${date}`, 'another-instance', 'PX', 60_000)
      await stuck.quit()
      const busy = await ask({ therapist: dewi, preferredTime: '15:00' })
      expect(busy.status).toBe(503)
      expect(firstError(busy.json)?.message).toMatch(/busy, so nothing was saved/)
      const atThree = await payload.find({
        collection: 'inquiries',
        where: { preferredTime: { equals: '15:00' } },
        overrideAccess: true,
      })
      expect(atThree.totalDocs).toBe(0)
    } finally {
      delete process.env.REDIS_URL
      await redis.stop()
    }
  })
})
