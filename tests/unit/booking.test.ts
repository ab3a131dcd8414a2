import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateInquiry, type InquiryValues } from '@/booking/validateInquiry'
import { INQUIRIES_PER_WINDOW } from '@/collections/Inquiries/hooks/limitAnonymousRequests'
import { siteSettingsShared } from '@/seed/content/siteSettings'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

// Thursday 26 November 2026, 10:00 in Jakarta.
const now = new Date('2026-11-26T03:00:00Z')
const valid: InquiryValues = {
  name: 'Dewi',
  phone: '+62 812-3456-7890',
  service: 'svc-1',
  date: '2026-12-01',
  time: '14:00',
  message: '',
}
const context = { serviceIds: ['svc-1'], settings: siteSettingsShared, locale: 'id' as const, now }
const codes = (values: Partial<InquiryValues>) =>
  Object.fromEntries(
    Object.entries(validateInquiry({ ...valid, ...values }, context)).map(([field, error]) => [
      field,
      error.code,
    ]),
  )

describe('booking request validation', () => {
  it('accepts a complete request inside opening hours', () => {
    expect(codes({})).toEqual({})
    expect(codes({ service: '' })).toEqual({})
  })

  it('names each wrong field', () => {
    expect(codes({ name: '  ' })).toEqual({ name: 'nameRequired' })
    expect(codes({ phone: '0812' })).toEqual({ phone: 'phoneInvalid' })
    expect(codes({ service: 'unknown' })).toEqual({ service: 'serviceUnknown' })
    expect(codes({ date: '' })).toEqual({ date: 'dateInvalid' })
    expect(codes({ date: '2026-11-25' })).toEqual({ date: 'datePast' })
    expect(codes({ date: '2027-06-01' })).toEqual({ date: 'dateTooFar' })
    expect(codes({ time: '25:00' })).toEqual({ time: 'timeInvalid' })
    expect(codes({ message: 'x'.repeat(1001) })).toEqual({ message: 'messageTooLong' })
  })

  it('uses Jakarta dates: today in WIB is allowed even when it is still yesterday in UTC', () => {
    const lateEvening = new Date('2026-11-26T17:30:00Z') // 00:30 on 27 November in Jakarta
    const result = validateInquiry(
      { ...valid, date: '2026-11-27', time: '12:00' },
      { ...context, now: lateEvening },
    )
    expect(result).toEqual({})
  })

  it('checks the time against that weekday’s opening hours, formatted for the visitor', () => {
    const sunday = validateInquiry({ ...valid, date: '2026-11-29', time: '20:30' }, context)
    expect(sunday.time).toEqual({
      code: 'outsideHours',
      params: { opens: '09.00', closes: '20.00' },
    })
    const closedSettings = { openingHours: [{ day: 'tuesday' as const, closed: true }] }
    const closed = validateInquiry({ ...valid }, { ...context, settings: closedSettings })
    expect(closed.date?.code).toBe('closedThatDay')
  })
})

describe('inquiries collection', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  const request = (name: string) => ({
    collection: 'inquiries' as const,
    overrideAccess: false,
    data: {
      name,
      phone: '+6281234567890',
      preferredDate: '2026-12-01',
      preferredTime: '14:00',
      status: 'new' as const,
    },
  })

  it('limits anonymous requests per client address', async () => {
    for (let i = 0; i < INQUIRIES_PER_WINDOW; i += 1) {
      await payload.create({ ...request(`Guest ${i}`), context: { clientIp: '203.0.113.7' } })
    }
    await expect(
      payload.create({ ...request('One too many'), context: { clientIp: '203.0.113.7' } }),
    ).rejects.toMatchObject({ status: 429 })
    await expect(
      payload.create({ ...request('Another guest'), context: { clientIp: '203.0.113.8' } }),
    ).resolves.toMatchObject({ name: 'Another guest', status: 'new' })
  })

  it('is write-only for anonymous visitors and refuses a bad phone with the field named', async () => {
    expect((await rest('/inquiries')).status).toBe(403)
    const bad = await rest('/inquiries', {
      method: 'POST',
      body: { name: 'X', phone: 'call me', preferredDate: '2026-12-01', preferredTime: '14:00' },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('"path":"phone"')
  })

  it('ignores a status sent by an anonymous visitor', async () => {
    const created = await payload.create({
      ...request('Sneaky'),
      data: { ...request('Sneaky').data, status: 'booked' },
      context: { clientIp: '198.51.100.1' },
    })
    expect(created.status).toBe('new')
  })
})
