/**
 * Hostile and careless input on every way in to the CMS (REST, GraphQL, the Local API's rules
 * underneath them): each case must get a 4xx with a message a person can act on, never a 5xx,
 * and nothing may be written. The same kinds of input against the real server's pages are in
 * tests/e2e/bad-input.spec.ts.
 */
import crypto from 'node:crypto'
import zlib from 'node:zlib'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signFor } from '@/config/signing'
import { REVALIDATE_PURPOSE } from '@/hooks/revalidate'
import { newVisitorHeaders, setSpaSettings, validRequest } from '../helpers/booking'
import { makeModality, makeService, makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

type Answer = { status: number; json: unknown }
type Case = {
  name: string
  send: () => Promise<Answer>
  /** The exact status when it matters; any 4xx otherwise. */
  status?: number
  /** What the message must say (e.g. the field's name). */
  says?: RegExp
}

let payload: Payload
let serviceId: string
let promotionServiceId: string
let editor: string
let marketer: string

const postInquiry = (body: unknown, headers: Record<string, string> = {}) =>
  rest('/inquiries', { method: 'POST', body, headers: { ...newVisitorHeaders(), ...headers } })
const asEditor = (path: string, method: string, body?: unknown, headers?: Record<string, string>) =>
  rest(path, { method, body, token: editor, headers })
/** An editor creating a service with one duration and price (in the admin language of `headers`). */
const serviceWithOption = (option: Record<string, unknown>, headers?: Record<string, string>) =>
  asEditor('/services', 'POST', serviceWith({ modality: modalityId, options: [option] }), headers)

/** The first message of a REST or GraphQL error answer, with any field errors after it. */
function messageOf(json: unknown): string {
  if (typeof json === 'string') return json
  const { errors, message } = (json ?? {}) as {
    errors?: { message?: string; data?: { errors?: { message: string }[] } }[]
    message?: string
  }
  if (!Array.isArray(errors) || errors.length === 0) return message ?? ''
  return errors
    .flatMap((error) => [error.message ?? '', ...(error.data?.errors ?? []).map((e) => e.message)])
    .join(' | ')
}

/** A PNG that says it is `width` × `height` pixels: only its header, no image data worth decoding. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(16))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const upload = (file: Buffer, name: string, type: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'A test picture' }))
  return rest('/media', { method: 'POST', body: form, token: editor })
}

const serviceWith = (overrides: Record<string, unknown>) => ({
  name: 'Bad input service',
  modality: undefined as unknown,
  summary: 'A summary',
  options: [{ durationMinutes: 60, priceIdr: 350000 }],
  _status: 'published',
  ...overrides,
})

const COLLECTIONS: CollectionSlug[] = [
  'services',
  'modalities',
  'techniques',
  'therapists',
  'media',
  'comparisons',
  'promotions',
  'inquiries',
  'users',
]
async function snapshot() {
  const counts = await Promise.all(
    COLLECTIONS.map(async (collection) => [
      collection,
      (await payload.count({ collection, overrideAccess: true })).totalDocs,
    ]),
  )
  const service = await payload.findByID({ collection: 'services', id: serviceId, depth: 0 })
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  return { counts: Object.fromEntries(counts), service, settings }
}

let modalityId: string
let before: Awaited<ReturnType<typeof snapshot>>

beforeAll(async () => {
  payload = await getTestPayload()
  await setSpaSettings(payload)
  modalityId = (await makeModality(payload)).id
  serviceId = (await makeService(payload, modalityId)).id
  promotionServiceId = (
    await makeService(payload, modalityId, {
      options: [{ durationMinutes: 60, priceIdr: 300000 }],
    })
  ).id
  editor = (await makeUser(payload, ['editor'])).token
  marketer = (await makeUser(payload, ['marketing'])).token
  await makeUser(payload, ['admin'])
  before = await snapshot()
})

const TOO_BIG = 9007199254740993
const NUL = 'Hot stone\u0000 massage'

const CASES: Case[] = [
  // --- Booking requests (anonymous) -----------------------------------------------------------
  {
    name: 'inquiry as text/plain',
    send: () => postInquiry(JSON.stringify(validRequest()), { 'Content-Type': 'text/plain' }),
    status: 415,
    says: /application\/json/,
  },
  {
    name: 'inquiry as a urlencoded body',
    send: () => postInquiry(new URLSearchParams({ name: 'Dewi', phone: '081234567890' })),
    status: 415,
    says: /application\/json/,
  },
  {
    name: 'inquiry with no body',
    send: () => rest('/inquiries', { method: 'POST', headers: newVisitorHeaders() }),
    status: 400,
    says: /no body/,
  },
  {
    name: 'inquiry with broken JSON',
    send: () => postInquiry('{"name": "Dewi",', { 'Content-Type': 'application/json' }),
    status: 400,
  },
  { name: 'inquiry that is a JSON array', send: () => postInquiry([validRequest()]), status: 400 },
  {
    name: 'inquiry that is a JSON string',
    send: () => postInquiry('"hello"', { 'Content-Type': 'application/json' }),
    status: 400,
    says: /JSON object/,
  },
  {
    name: 'inquiry that is JSON null',
    send: () => postInquiry('null', { 'Content-Type': 'application/json' }),
    status: 400,
    says: /JSON object/,
  },
  {
    name: 'inquiry with a numeric phone',
    send: () => postInquiry(validRequest({ phone: 6281234567890 })),
    says: /phone/i,
  },
  {
    name: 'inquiry with an object as phone',
    send: () => postInquiry(validRequest({ phone: { number: '0812' } })),
    says: /phone/i,
  },
  {
    name: 'inquiry with an array as name',
    send: () => postInquiry(validRequest({ name: ['Dewi', 'Lestari'] })),
    says: /name/i,
  },
  {
    name: 'inquiry with a numeric name',
    send: () => postInquiry(validRequest({ name: 42 })),
    says: /name/i,
  },
  {
    name: 'inquiry with a 10,000-character name',
    send: () => postInquiry(validRequest({ name: 'a'.repeat(10_000) })),
    says: /name/i,
  },
  {
    name: 'inquiry with a NUL in the message',
    send: () => postInquiry(validRequest({ message: 'Please\u0000 call' })),
    says: /character/i,
  },
  {
    name: 'inquiry on 30 February',
    send: () => postInquiry(validRequest({ preferredDate: '2027-02-30' })),
    says: /date/i,
  },
  {
    name: 'inquiry with a date in words',
    send: () => postInquiry(validRequest({ preferredDate: 'tomorrow' })),
    says: /date/i,
  },
  {
    name: 'inquiry with a numeric date',
    send: () => postInquiry(validRequest({ preferredDate: 20270102 })),
    says: /date/i,
  },
  {
    name: 'inquiry at 25:00',
    send: () => postInquiry(validRequest({ preferredTime: '25:00' })),
    says: /time/i,
  },
  {
    name: 'inquiry for an unknown service id',
    send: () => postInquiry(validRequest({ service: crypto.randomUUID(), durationMinutes: 60 })),
    says: /service|treatment/i,
  },
  {
    name: 'inquiry for a path-like service id',
    send: () => postInquiry(validRequest({ service: '../../etc/passwd', durationMinutes: 60 })),
    says: /service|treatment/i,
  },
  {
    name: 'inquiry for a 1e308-minute session',
    send: () => postInquiry(validRequest({ service: serviceId, durationMinutes: 1e308 })),
  },
  {
    name: 'inquiry for -60 minutes',
    send: () => postInquiry(validRequest({ service: serviceId, durationMinutes: -60 })),
  },
  { name: 'inquiry in French', send: () => postInquiry(validRequest({ replyLanguage: 'fr' })) },
  {
    name: 'inquiry with an email that is not one',
    send: () => postInquiry(validRequest({ email: 'dewi at example' })),
    says: /email/i,
  },
  {
    name: 'inquiry through the form endpoint as JSON',
    send: () =>
      rest('/inquiries/form', {
        method: 'POST',
        body: validRequest(),
        headers: newVisitorHeaders(),
      }),
  },
  {
    name: 'inquiry through the form endpoint as text/plain',
    send: () =>
      rest('/inquiries/form', {
        method: 'POST',
        body: 'name=Dewi',
        headers: { ...newVisitorHeaders(), 'Content-Type': 'text/plain' },
      }),
    status: 415,
  },

  // --- Queries (anonymous) --------------------------------------------------------------------
  {
    name: 'near on a text field',
    send: () => rest('/services?where[name][near]=106.8,-6.2'),
    status: 400,
    says: /near/,
  },
  {
    name: 'within on a text field',
    send: () => rest('/services?where[name][within][type]=Polygon'),
    status: 400,
    says: /within/,
  },
  {
    name: 'intersects inside an or',
    send: () => rest('/modalities?where[or][0][name][intersects][type]=Point'),
    status: 400,
    says: /intersects/,
  },
  {
    name: 'an operator that does not exist',
    send: () => rest('/services?where[name][sounds_like]=x'),
  },
  { name: 'a field that does not exist', send: () => rest('/services?where[password][equals]=x') },
  { name: 'a query on a hidden field', send: () => rest('/users?where[hash][exists]=true') },
  { name: 'an unknown collection', send: () => rest('/secrets'), status: 404 },
  { name: 'an unknown id', send: () => rest(`/services/${crypto.randomUUID()}`), status: 404 },
  {
    name: 'an id with SQL in it',
    send: () => rest(`/services/${encodeURIComponent("1' OR '1'='1")}`),
    status: 404,
  },
  {
    name: 'a missing media file',
    send: () => rest('/media/file/no-such-picture.webp'),
    status: 404,
    says: /no-such-picture/,
  },
  {
    name: 'a media file outside the folder',
    send: () => rest('/media/file/..%2F..%2Fpackage.json'),
  },
  { name: 'the staff collection anonymously', send: () => rest('/users'), status: 403 },
  { name: 'the booking requests anonymously', send: () => rest('/inquiries'), status: 403 },

  // --- Staff writes ------------------------------------------------------------------------------
  {
    name: 'a price beyond 2^53',
    send: () =>
      asEditor(
        '/services',
        'POST',
        serviceWith({
          modality: modalityId,
          options: [{ durationMinutes: 60, priceIdr: TOO_BIG }],
        }),
      ),
    status: 400,
    says: /Price/,
  },
  {
    name: 'a price of 1e308',
    send: () =>
      asEditor(
        '/services',
        'POST',
        serviceWith({ modality: modalityId, options: [{ durationMinutes: 60, priceIdr: 1e308 }] }),
      ),
    status: 400,
    says: /Price/,
  },
  {
    name: 'a price of Rp 500',
    send: () =>
      asEditor(
        '/services',
        'POST',
        serviceWith({ modality: modalityId, options: [{ durationMinutes: 60, priceIdr: 500 }] }),
      ),
    status: 400,
    says: /Price/,
  },
  {
    name: 'a negative price',
    send: () =>
      asEditor(
        '/services',
        'POST',
        serviceWith({
          modality: modalityId,
          options: [{ durationMinutes: 60, priceIdr: -350000 }],
        }),
      ),
    status: 400,
    says: /Price/,
  },
  {
    name: 'a price in decimals',
    send: () =>
      asEditor(
        '/services',
        'POST',
        serviceWith({
          modality: modalityId,
          options: [{ durationMinutes: 60, priceIdr: 350000.5 }],
        }),
      ),
    status: 400,
    says: /Price/,
  },
  {
    name: 'a price in words',
    send: () =>
      asEditor(
        '/services',
        'POST',
        serviceWith({
          modality: modalityId,
          options: [{ durationMinutes: 60, priceIdr: 'three hundred' }],
        }),
      ),
    status: 400,
  },
  {
    name: 'a 100,000-minute session',
    send: () => serviceWithOption({ durationMinutes: 100_000, priceIdr: 350000 }),
    status: 400,
    says: /Duration must be a whole number from 15 to 300/,
  },
  {
    name: 'a 100,000-minute session, from the Indonesian admin',
    send: () =>
      serviceWithOption(
        { durationMinutes: 100_000, priceIdr: 350000 },
        { 'Accept-Language': 'id' },
      ),
    status: 400,
    says: /Durasi harus berupa bilangan bulat dari 15 sampai 300\./,
  },
  {
    name: 'a price of 1 rupiah, from the Indonesian admin',
    send: () =>
      serviceWithOption({ durationMinutes: 60, priceIdr: 1 }, { 'Accept-Language': 'id' }),
    status: 400,
    says: /Harga harus berupa bilangan bulat dari Rp 1\.000 sampai Rp 100\.000\.000\./,
  },
  {
    name: 'a lower-case promo code, from the Indonesian admin',
    send: () =>
      rest('/promotions', {
        method: 'POST',
        token: marketer,
        headers: { 'Accept-Language': 'id' },
        body: { title: 'Promo', summary: 'Ringkas.', promoCode: 'abc' },
      }),
    status: 400,
    says: /Gunakan 3–24 huruf kapital, angka, atau tanda hubung, mis\. AME-RELAX\./,
  },
  {
    name: 'a sort order of 1e308, from the Indonesian admin',
    send: () =>
      asEditor('/services', 'POST', serviceWith({ modality: modalityId, sortOrder: 1e308 }), {
        'Accept-Language': 'id',
      }),
    status: 400,
    says: /Urutan harus berupa bilangan bulat dari 0 sampai 10\.000\./,
  },
  {
    name: 'a sort order of 1e308',
    send: () =>
      asEditor('/services', 'POST', serviceWith({ modality: modalityId, sortOrder: 1e308 })),
    status: 400,
    says: /Sort order must be a whole number from 0 to 10,000/,
  },
  {
    name: 'a NUL in a service name',
    send: () => asEditor('/services', 'POST', serviceWith({ modality: modalityId, name: NUL })),
    status: 400,
    says: /control character/,
  },
  {
    name: 'a NUL when renaming a service',
    send: () => asEditor(`/services/${serviceId}`, 'PATCH', { name: NUL }),
    status: 400,
    says: /control character/,
  },
  {
    name: 'a service update as text/plain',
    send: () =>
      asEditor(`/services/${serviceId}`, 'PATCH', JSON.stringify({ name: 'Renamed' }), {
        'Content-Type': 'text/plain',
      }),
    status: 415,
  },
  {
    name: 'a service update as a JSON array',
    send: () => asEditor(`/services/${serviceId}`, 'PATCH', [{ name: 'Renamed' }]),
    status: 400,
    says: /JSON object/,
  },
  {
    name: 'an update to an unknown service',
    send: () => asEditor(`/services/${crypto.randomUUID()}`, 'PATCH', { name: 'Renamed' }),
    status: 404,
  },
  {
    name: 'an unknown locale on an update',
    send: () => asEditor(`/services/${serviceId}?locale=fr`, 'PATCH', { name: 'Renamed' }),
    status: 400,
    says: /Unknown locale "fr"/,
  },
  {
    name: 'an unknown locale on a read',
    send: () => rest('/services?locale=xx'),
    status: 400,
    says: /Unknown locale/,
  },
  {
    name: 'an unknown fallback locale',
    send: () => rest('/services?fallback-locale=klingon'),
    status: 400,
  },
  {
    name: 'a bulk update with a geo query',
    send: () => asEditor('/services?where[name][near]=1,2', 'PATCH', { sortOrder: 1 }),
    status: 400,
    says: /near/,
  },
  {
    name: 'a NUL in the site settings',
    send: () => asEditor('/globals/site-settings', 'POST', { phone: '+62 21\u0000 555' }),
  },
  {
    name: 'a 1000% discount',
    send: () =>
      rest('/promotions', {
        method: 'POST',
        token: marketer,
        body: {
          title: 'Big sale',
          discountType: 'percentage',
          percentOff: 1000,
          services: [promotionServiceId],
        },
      }),
    status: 400,
    says: /percentage/,
  },
  {
    name: 'a discount of 1e308 rupiah',
    send: () =>
      rest('/promotions', {
        method: 'POST',
        token: marketer,
        body: {
          title: 'Big sale',
          discountType: 'fixedAmount',
          amountOffIdr: 1e308,
          services: [promotionServiceId],
        },
      }),
    status: 400,
    says: /rupiah/,
  },
  {
    name: 'an image of 16,000 × 16,000 pixels',
    send: () => upload(pngHeaderOnly(16_000, 16_000), 'huge.png', 'image/png'),
    status: 400,
    says: /megapixels/,
  },
  {
    name: 'a text file named .png',
    send: () => upload(Buffer.from('not a picture at all'), 'fake.png', 'image/png'),
    status: 400,
  },
  {
    name: 'an upload with no file',
    send: () => rest('/media', { method: 'POST', token: editor, body: { alt: 'No file' } }),
    status: 400,
  },

  // --- Sign-in and internal endpoints -----------------------------------------------------------
  {
    name: 'login with a numeric email',
    send: () =>
      rest('/users/login', {
        method: 'POST',
        body: { email: 42, password: 'x' },
        headers: newVisitorHeaders(),
      }),
  },
  {
    name: 'login with a password array',
    send: () =>
      rest('/users/login', {
        method: 'POST',
        body: { email: 'a@example.com', password: ['x'] },
        headers: newVisitorHeaders(),
      }),
  },
  {
    name: 'login as text/plain',
    send: () =>
      rest('/users/login', {
        method: 'POST',
        body: 'email=a',
        headers: { ...newVisitorHeaders(), 'Content-Type': 'text/plain' },
      }),
    status: 415,
  },
  {
    name: 'revalidate with broken JSON',
    send: () =>
      rest('/revalidate', {
        method: 'POST',
        body: '{"sources": [',
        headers: {
          'Content-Type': 'application/json',
          'x-revalidate-token': signFor(REVALIDATE_PURPOSE),
        },
      }),
    status: 400,
    says: /JSON/,
  },
  {
    name: 'revalidate with an unknown source',
    send: () =>
      rest('/revalidate', {
        method: 'POST',
        body: { sources: ['everything'] },
        headers: { 'x-revalidate-token': signFor(REVALIDATE_PURPOSE) },
      }),
    status: 400,
  },
  {
    name: 'revalidate without the token',
    send: () => rest('/revalidate', { method: 'POST', body: { sources: ['services'] } }),
    status: 403,
  },

  // --- GraphQL -----------------------------------------------------------------------------------
  { name: 'GraphQL that does not parse', send: () => graphql('{ Services { docs { name }') },
  {
    name: 'GraphQL asking for an unknown field',
    send: () => graphql('{ Services { docs { password } } }'),
  },
  {
    name: 'GraphQL with a numeric phone',
    send: () =>
      graphql(
        'mutation { createInquiry(data: { name: "Dewi", phone: 6281234567890, preferredDate: "2027-01-05", preferredTime: "14:00", replyLanguage: en }) { id } }',
      ),
  },
  {
    name: 'GraphQL with a price of 1e308',
    send: () =>
      graphql(
        `mutation { updateService(id: "${serviceId}", data: { options: [{ durationMinutes: 60, priceIdr: 1e308 }] }) { id } }`,
        editor,
      ),
  },
  {
    name: 'GraphQL with a NUL in a name',
    send: () =>
      graphql(
        `mutation($name: String) { updateService(id: "${serviceId}", data: { name: $name }) { id } }`,
        editor,
        { name: NUL },
      ),
  },
]

describe('bad input gets a clear 4xx and writes nothing', () => {
  const results: { name: string; status: number; message: string }[] = []

  for (const { name, send, status, says } of CASES) {
    it(name, async () => {
      const answer = await send()
      const message = messageOf(answer.json)
      results.push({ name, status: answer.status, message })
      // GraphQL answers some refusals with 200 and an errors list; it must still not be a 5xx.
      const graphqlRefusal = name.startsWith('GraphQL') && answer.status === 200
      if (!graphqlRefusal) {
        expect(answer.status, message).toBeGreaterThanOrEqual(400)
        expect(answer.status, message).toBeLessThan(500)
      }
      if (status) expect(answer.status, message).toBe(status)
      expect(message, 'a message a person can act on').not.toBe('')
      expect(message).not.toMatch(/Something went wrong|Cannot read properties|TypeError|undefined/)
      if (says) expect(message).toMatch(says)
    })
  }

  afterAll(() => {
    const serverErrors = results.filter((result) => result.status >= 500)
    console.log(
      `bad-input (REST/GraphQL): ${results.length} cases, ${serverErrors.length} answered 5xx`,
    )
    if (process.env.SHOW_BAD_INPUT) {
      for (const result of results)
        console.log(`${result.status} ${result.name}: ${result.message}`)
    }
  })

  it('left every collection, the service and the settings as they were', async () => {
    expect(await snapshot()).toEqual(before)
  })
})
