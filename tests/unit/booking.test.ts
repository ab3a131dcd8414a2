/**
 * Booking requests: one set of rules on every way in (Local API, REST, GraphQL, the HTML form),
 * fields the spa owns, the status workflow and the per-address limit.
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { openResult } from '@/booking/formResult'
import { checkDate, checkTime, isCalendarDate, normalisePhone } from '@/booking/rules'
import { INQUIRIES_PER_WINDOW } from '@/collections/Inquiries/hooks/limitAnonymousRequests'
import { CLIENT_ADDRESS_HEADER } from '@/security/clientAddress'
import {
  jakartaDate,
  newVisitorHeaders,
  nextTuesday,
  SEEDED_HOURS,
  setSpaSettings,
  validRequest,
} from '../helpers/booking'
import { makeModality, makeService, makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

type RestError = {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

let payload: Payload
let serviceId: string
let draftServiceId: string
let deskToken: string
let deskId: string
let deskEmail: string

const post = (body: unknown, headers: Record<string, string> = newVisitorHeaders()) =>
  rest('/inquiries', { method: 'POST', body, headers })

const fieldErrors = (json: unknown) =>
  ((json as RestError).errors ?? []).flatMap((error) => error.data?.errors ?? [])

const count = async () =>
  (await payload.count({ collection: 'inquiries', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  await setSpaSettings(payload)
  const modality = await makeModality(payload)
  serviceId = (
    await makeService(payload, modality.id, {
      options: [
        { durationMinutes: 60, priceIdr: 350000 },
        { durationMinutes: 90, priceIdr: 480000 },
      ],
    })
  ).id
  draftServiceId = (await makeService(payload, modality.id, { _status: 'draft' })).id
  await makeUser(payload, ['admin']) // the first account is always an admin
  const desk = await makeUser(payload, ['frontdesk'])
  deskToken = desk.token
  deskId = desk.user.id
  deskEmail = desk.user.email
})

afterEach(() => {
  vi.useRealTimers()
})

describe('booking rules (pure)', () => {
  // Thursday 26 November 2026, 10:00 in Jakarta.
  const now = new Date('2026-11-26T03:00:00Z')
  const rules = { hours: SEEDED_HOURS, now, whenNew: true }

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-11-31')).toBe(false)
    expect(isCalendarDate('9999-99-99')).toBe(false)
  })

  it('checks the day against today in Jakarta, 90 days and the opening days', () => {
    expect(checkDate('2026-11-26', rules)).toBeNull()
    expect(checkDate('2026-11-25', rules)?.code).toBe('datePast')
    expect(checkDate('2027-02-24', rules)).toBeNull() // 90 days ahead
    expect(checkDate('2027-02-25', rules)?.code).toBe('dateTooFar')
    expect(checkDate('2026-11-31', rules)?.code).toBe('dateNotReal')
    expect(checkDate('soon', rules)?.code).toBe('dateInvalid')
    const closedTuesdays = { openingHours: [{ day: 'tuesday' as const, closed: true }] }
    expect(checkDate('2026-12-01', { ...rules, hours: closedTuesdays })?.code).toBe('closedThatDay')
    // 00:30 on 27 November in Jakarta is still the 26th in UTC: the 27th is "today".
    expect(checkDate('2026-11-27', { ...rules, now: new Date('2026-11-26T17:30:00Z') })).toBeNull()
  })

  it('checks the time against that day’s hours, the clock today and the session length', () => {
    const time = (value: string, date: string, durationMinutes?: number) =>
      checkTime(value, { ...rules, date, durationMinutes })?.code ?? null
    expect(time('14:00', '2026-12-01')).toBeNull()
    expect(time('09:30', '2026-12-01')).toBe('outsideHours')
    expect(time('21:00', '2026-12-01')).toBe('outsideHours')
    expect(time('03:00', '2026-12-01')).toBe('outsideHours')
    expect(time('25:00', '2026-12-01')).toBe('timeInvalid')
    expect(time('09:45', '2026-11-26')).toBe('outsideHours') // opens at 10 on Thursdays
    expect(time('10:00', '2026-11-26')).toBe('timePast') // it is 10:00 now
    expect(time('10:15', '2026-11-26')).toBeNull()
    expect(time('19:30', '2026-12-01', 90)).toBeNull()
    expect(checkTime('20:00', { ...rules, date: '2026-12-01', durationMinutes: 90 })).toEqual({
      code: 'endsAfterClosing',
      params: { minutes: 90, closes: '21:00', latest: '19:30' },
    })
  })

  it('normalises phone numbers to E.164, understanding Indonesian habits', () => {
    expect(normalisePhone('0812-3456-7890')).toBe('+6281234567890')
    expect(normalisePhone('62 812 3456 7890')).toBe('+6281234567890')
    expect(normalisePhone('+62 (21) 555 1234')).toBe('+62215551234')
    expect(normalisePhone('0044 20 7946 0958')).toBe('+442079460958')
    expect(normalisePhone('12')).toBeNull()
    expect(normalisePhone('call me')).toBeNull()
    expect(normalisePhone(81234567890)).toBeNull()
  })
})

describe('every way in applies the same rules', () => {
  const tooFar = () => jakartaDate(91)
  const cases: {
    name: string
    body: () => Record<string, unknown>
    field: string
    message: RegExp
  }[] = [
    {
      name: 'a date that is not a date',
      body: () => validRequest({ preferredDate: '9999-99-99' }),
      field: 'preferredDate',
      message: /no such date/,
    },
    {
      name: '31 November',
      body: () => validRequest({ preferredDate: '2027-11-31' }),
      field: 'preferredDate',
      message: /no such date/,
    },
    {
      name: 'a date in the past',
      body: () => validRequest({ preferredDate: jakartaDate(-2) }),
      field: 'preferredDate',
      message: /today or a later date/,
    },
    {
      name: 'more than 90 days ahead',
      body: () => validRequest({ preferredDate: tooFar() }),
      field: 'preferredDate',
      message: /up to 90 days ahead/,
    },
    {
      name: '03:00, when the spa is closed',
      body: () => validRequest({ preferredTime: '03:00' }),
      field: 'preferredTime',
      message: /between 10:00 and 21:00 WIB/,
    },
    {
      name: 'a time that is not a time',
      body: () => validRequest({ preferredTime: '7pm' }),
      field: 'preferredTime',
      message: /choose a time/,
    },
    {
      name: 'a session that would end after closing',
      body: () => validRequest({ service: serviceId, durationMinutes: 90, preferredTime: '20:00' }),
      field: 'preferredTime',
      message: /19:30 or earlier/,
    },
    {
      name: 'an unpublished service',
      body: () => validRequest({ service: draftServiceId }),
      field: 'service',
      message: /choose a treatment from the list/,
    },
    {
      name: 'an unknown service id',
      body: () => validRequest({ service: crypto.randomUUID() }),
      field: 'service',
      message: /choose a treatment from the list/,
    },
    {
      name: 'a session length the service does not offer',
      body: () => validRequest({ service: serviceId, durationMinutes: 45 }),
      field: 'durationMinutes',
      message: /session lengths offered/,
    },
    {
      name: 'a phone number that is not one',
      body: () => validRequest({ phone: 'call me' }),
      field: 'phone',
      message: /phone number/,
    },
    {
      name: 'a numeric phone',
      body: () => validRequest({ phone: 81234567890 }),
      field: 'phone',
      message: /phone number/,
    },
    {
      name: 'a bad email address',
      body: () => validRequest({ email: 'dewi(at)example' }),
      field: 'email',
      message: /valid email/,
    },
    {
      name: 'no name',
      body: () => validRequest({ name: '   ' }),
      field: 'name',
      message: /enter your name/,
    },
    {
      name: 'a name over 80 characters',
      body: () => validRequest({ name: 'x'.repeat(81) }),
      field: 'name',
      message: /at most 80/,
    },
    {
      name: 'a message over 1000 characters',
      body: () => validRequest({ message: 'x'.repeat(1001) }),
      field: 'message',
      // Grouped as English writes numbers (the language review's E4).
      message: /under 1,000 characters/,
    },
    {
      name: 'a NUL character in the message',
      body: () => validRequest({ message: 'Back pain\u0000 and more' }),
      field: 'message',
      message: /control character/,
    },
  ]

  for (const testCase of cases) {
    it(`REST refuses ${testCase.name} with 400 naming ${testCase.field}, storing nothing`, async () => {
      const before = await count()
      const response = await post(testCase.body())
      expect(response.status).toBe(400)
      const errors = fieldErrors(response.json)
      expect(errors.map((error) => error.path)).toContain(testCase.field)
      expect(errors.find((error) => error.path === testCase.field)?.message).toMatch(
        testCase.message,
      )
      expect(await count()).toBe(before)
    })
  }

  it('refuses in the visitor’s language when they asked for Indonesian', async () => {
    const response = await post(validRequest({ preferredDate: tooFar(), replyLanguage: 'id' }))
    expect(fieldErrors(response.json)).toContainEqual({
      path: 'preferredDate',
      message: 'Pemesanan dapat dibuat paling jauh 90 hari ke depan.',
      label: expect.anything(),
    })
  })

  it('refuses an unpublished and an unknown service alike, so ids cannot be probed', async () => {
    const draft = await post(validRequest({ service: draftServiceId }))
    const unknown = await post(validRequest({ service: crypto.randomUUID() }))
    expect([draft.status, unknown.status]).toEqual([400, 400])
    expect(fieldErrors(draft.json)).toEqual(fieldErrors(unknown.json))
  })

  it('GraphQL applies the same rule and names the field', async () => {
    const before = await count()
    const { json } = await graphql(
      `
        mutation ($data: mutationInquiryInput!) {
          createInquiry(data: $data) {
            id
          }
        }
      `,
      undefined,
      { data: validRequest({ preferredDate: '2027-02-30' }) },
    )
    const result = json as {
      errors?: {
        message: string
        extensions?: { data?: { errors?: { path: string; message: string }[] } }
      }[]
    }
    expect(result.errors?.[0]?.extensions?.data?.errors?.[0]).toMatchObject({
      path: 'preferredDate',
      message: expect.stringMatching(/no such date/),
    })
    expect(await count()).toBe(before)
  })

  it('the Local API applies them too, even for server code', async () => {
    await expect(
      payload.create({
        collection: 'inquiries',
        data: { ...validRequest({ preferredTime: '03:00' }), status: 'new' } as never,
        context: { clientAddress: 'local-api-test' },
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('refuses a time that has already passed today (Jakarta clock)', async () => {
    // A Tuesday, 15:00 in Jakarta.
    const day = nextTuesday()
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${day}T08:00:00Z`) })
    const late = await post(validRequest({ preferredDate: day, preferredTime: '14:30' }))
    expect(fieldErrors(late.json)[0]).toMatchObject({
      path: 'preferredTime',
      message: expect.stringMatching(/already passed/),
    })
    const soon = await post(validRequest({ preferredDate: day, preferredTime: '16:00' }))
    expect(soon.status).toBe(201)
  })
})

describe('a valid request', () => {
  it('is stored with the phone in E.164 and the spa’s own fields, whatever the client sent', async () => {
    const response = await post({
      ...validRequest({ service: serviceId, durationMinutes: 90, email: 'dewi@example.com' }),
      createdAt: '2099-01-01T00:00:00.000Z',
      updatedAt: '2099-01-01T00:00:00.000Z',
      status: 'arrived',
      statusOrder: -5,
      handledByName: 'Forged',
      history: [{ status: 'confirmed', byName: 'Forged', at: '2099-01-01T00:00:00.000Z' }],
      handledBy: deskId,
      handledAt: '2099-01-01T00:00:00.000Z',
    })
    expect(response.status).toBe(201)
    const id = (response.json as { doc: { id: string } }).doc.id
    const stored = await payload.findByID({
      collection: 'inquiries',
      id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored).toMatchObject({
      phone: '+6281234567890',
      email: 'dewi@example.com',
      service: serviceId,
      durationMinutes: 90,
      status: 'new',
      statusOrder: 0,
    })
    expect(stored.handledBy ?? null).toBeNull()
    expect(stored.handledByName ?? null).toBeNull()
    expect(stored.handledAt ?? null).toBeNull()
    expect(stored.history ?? []).toEqual([])
    expect(Date.now() - Date.parse(stored.createdAt)).toBeLessThan(60_000)
    expect(Date.now() - Date.parse(stored.updatedAt)).toBeLessThan(60_000)
  })

  it('moves through the status workflow, recording who changed it and when', async () => {
    const created = await post(validRequest({ name: 'Workflow Guest' }))
    const id = (created.json as { doc: { id: string } }).doc.id
    const confirmed = await rest(`/inquiries/${id}`, {
      method: 'PATCH',
      token: deskToken,
      body: { status: 'confirmed', name: 'Renamed by the desk' },
    })
    expect(confirmed.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'inquiries',
      id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored).toMatchObject({
      status: 'confirmed',
      statusOrder: 1,
      handledBy: deskId,
      name: 'Workflow Guest',
    })
    expect(Date.now() - Date.parse(stored.handledAt ?? '')).toBeLessThan(60_000)
    // The desk sees a colleague's name (here the part before the @: the account has no name).
    const deskName = deskEmail.split('@')[0]
    expect(stored.handledByName).toBe(deskName)
    expect(stored.history?.map(({ status, byName }) => [status, byName])).toEqual([
      ['confirmed', deskName],
    ])

    // Later the preferred day is in the past, and the request can still be closed.
    await payload.db.updateOne({
      collection: 'inquiries',
      id,
      data: { preferredDate: jakartaDate(-3) },
    })
    const arrived = await rest(`/inquiries/${id}`, {
      method: 'PATCH',
      token: deskToken,
      body: { status: 'arrived' },
    })
    expect(arrived.status).toBe(200)
    const after = await payload.findByID({ collection: 'inquiries', id, overrideAccess: true })
    expect(after.history?.map(({ status }) => status)).toEqual(['confirmed', 'arrived'])
  })

  it('lists new requests first, then by preferred date', async () => {
    const date = (days: number) => jakartaDate(days)
    const later = await post(
      validRequest({ name: 'Order later', preferredDate: date(20), preferredTime: '12:00' }),
    )
    const sooner = await post(
      validRequest({ name: 'Order sooner', preferredDate: date(15), preferredTime: '12:00' }),
    )
    expect([later.status, sooner.status]).toEqual([201, 201])
    const list = await rest('/inquiries?limit=200&depth=0', { token: deskToken })
    const docs = (list.json as { docs: { name: string; status: string; preferredDate: string }[] })
      .docs
    const firstHandled = docs.findIndex((doc) => doc.status !== 'new')
    const lastNew = docs.map((doc) => doc.status).lastIndexOf('new')
    expect(lastNew).toBeLessThan(firstHandled === -1 ? Infinity : firstHandled)
    const newDates = docs.filter((doc) => doc.status === 'new').map((doc) => doc.preferredDate)
    expect(newDates).toEqual([...newDates].sort())
  })
})

describe('the HTML booking form', () => {
  const form = (fields: Record<string, string>) => new URLSearchParams({ locale: 'id', ...fields })
  const submit = (fields: Record<string, string>, headers = newVisitorHeaders()) =>
    rest('/inquiries/form', { method: 'POST', body: form(fields), headers })
  const tokenOf = (location: string | null) => {
    expect(location).toMatch(/^\/id\/pesan\/[\w-]+$/)
    return openResult((location ?? '').split('/').pop() ?? '')
  }

  it('shows refusals in Indonesian with what was typed, and stores nothing', async () => {
    const before = await count()
    const response = await submit({
      name: 'Budi',
      phone: '12',
      preferredDate: '2027-02-30',
      preferredTime: '',
      message: 'Punggung bawah sering pegal.',
    })
    expect(response.status).toBe(303)
    const result = tokenOf(response.headers.get('location'))
    expect(result).toMatchObject({
      status: 'invalid',
      values: { name: 'Budi', message: 'Punggung bawah sering pegal.' },
      errors: {
        phone: expect.stringMatching(/nomor yang bisa kami telepon/),
        preferredDate: 'Tanggal tersebut tidak ada. Mohon pilih tanggal dari kalender.',
        preferredTime: 'Mohon pilih jam.',
      },
    })
    expect(await count()).toBe(before)
  })

  it('stores a valid request with its treatment and session length', async () => {
    const response = await submit({
      name: 'Sari Wulandari',
      phone: '0812 1111 2222',
      treatment: `${serviceId}:60`,
      preferredDate: nextTuesday(),
      preferredTime: '15:30',
    })
    expect(tokenOf(response.headers.get('location'))?.status).toBe('sent')
    const stored = await payload.find({
      collection: 'inquiries',
      where: { name: { equals: 'Sari Wulandari' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.docs[0]).toMatchObject({
      phone: '+6281211112222',
      service: serviceId,
      durationMinutes: 60,
      replyLanguage: 'id',
      status: 'new',
    })
  })

  it('pretends to accept a filled honeypot and stores nothing', async () => {
    const before = await count()
    const response = await submit({ ...validRequest(), website: 'http://spam.example' } as Record<
      string,
      string
    >)
    expect(tokenOf(response.headers.get('location'))?.status).toBe('sent')
    expect(await count()).toBe(before)
  })

  it('answers 415 to a body that is not a form', async () => {
    const response = await rest('/inquiries/form', {
      method: 'POST',
      body: validRequest(),
      headers: newVisitorHeaders(),
    })
    expect(response.status).toBe(415)
  })

  it('a forged or expired result shows nothing', () => {
    expect(openResult('not-a-token')).toBeNull()
    expect(openResult(crypto.randomBytes(80).toString('base64url'))).toBeNull()
  })
})

describe('the per-address limit', () => {
  it('keys on the stamped client address, not on X-Forwarded-For', async () => {
    const address = { [CLIENT_ADDRESS_HEADER]: '203.0.113.9' }
    const statuses: number[] = []
    for (let i = 0; i <= INQUIRIES_PER_WINDOW; i += 1) {
      const response = await rest('/inquiries', {
        method: 'POST',
        body: validRequest({ name: `Spoofer ${i}` }),
        headers: { ...address, 'X-Forwarded-For': `10.0.${i}.1` },
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([...Array(INQUIRIES_PER_WINDOW).fill(201), 429])
    const other = await post(validRequest({ name: 'Someone else' }))
    expect(other.status).toBe(201)
  })

  it('the form says how long to wait, in the visitor’s language, and logs no error', async () => {
    const address = { [CLIENT_ADDRESS_HEADER]: '203.0.113.10' }
    for (let i = 0; i < INQUIRIES_PER_WINDOW; i += 1) {
      await rest('/inquiries', { method: 'POST', body: validRequest(), headers: address })
    }
    const errorLog = vi.spyOn(payload.logger, 'error')
    const response = await rest('/inquiries/form', {
      method: 'POST',
      body: new URLSearchParams({ locale: 'id', ...validRequest() } as Record<string, string>),
      headers: address,
    })
    const result = openResult(response.headers.get('location')?.split('/').pop() ?? '')
    expect(result?.status).toBe('limited')
    expect(result?.formError).toMatch(/coba lagi dalam 10 menit, atau hubungi kami lewat WhatsApp/)
    expect(errorLog).not.toHaveBeenCalled()
    errorLog.mockRestore()
  })
})
