/** The pure pieces of booking: references, the calendar file, promo codes, the booking address. */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { addDays, bookingSearch, readBookingQuery } from '@/booking/bookingQuery'
import { calendarFile, foldLine } from '@/booking/calendarFile'
import { newReference, readReference, REFERENCE_ALPHABET } from '@/booking/reference'
import { checkPromoCode, jakartaInstant, type CodedPromotion } from '@/promotions/promoCode'

describe('booking references', () => {
  it('are AME- and four characters nobody misreads', () => {
    for (let run = 0; run < 200; run += 1) {
      const reference = newReference()
      expect(reference).toMatch(/^AME-[A-Z0-9]{4}$/)
      expect(reference.slice(4)).not.toMatch(/[0O1IL2Z5S8B]/)
    }
    expect(newReference(() => 0)).toBe(`AME-${REFERENCE_ALPHABET[0].repeat(4)}`)
  })

  it('are read back as a guest types them', () => {
    expect(readReference(' ame-7k3q ')).toBe('AME-7K3Q')
    expect(readReference('7k3q')).toBe('AME-7K3Q')
    expect(readReference('AME-0000')).toBeNull()
  })
})

describe('the calendar file', () => {
  const event = {
    uid: 'AME-7K3Q@amespa.id',
    date: '2026-12-10',
    time: '23:30',
    durationMinutes: 90,
    summary: 'Aromatherapy massage at Ame Spa Jakarta',
    description: 'Booking request AME-7K3Q, not yet confirmed; Rp 436.000, with code SLOWDOWN20',
    location: 'Ame Spa Jakarta, Jl. Senopati No. 48, Jakarta Selatan',
    now: new Date('2026-12-03T02:00:00Z'),
  }

  it('parses as one event at the chosen time in Jakarta, ending after the session', () => {
    const text = calendarFile(event)
    expect(text).toContain('DTSTART;TZID=Asia/Jakarta:20261210T233000')
    // 90 minutes from 23:30 is 01:00 the next day.
    expect(text).toContain('DTEND;TZID=Asia/Jakarta:20261211T010000')
    const calendar = new ICAL.Component(ICAL.parse(text))
    const timezone = calendar.getFirstSubcomponent('vtimezone')
    expect(timezone?.getFirstPropertyValue('tzid')).toBe('Asia/Jakarta')
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined)
    ICAL.TimezoneService.register(new ICAL.Timezone(timezone ?? undefined))
    expect(vevent.summary).toBe(event.summary)
    expect(vevent.description).toBe(event.description)
    expect(vevent.location).toBe(event.location)
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-12-10T16:30:00.000Z')
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2026-12-10T18:00:00.000Z')
  })

  it('ends every line with CRLF and folds lines over 75 octets without splitting a character', () => {
    const text = calendarFile({ ...event, description: 'Pijat aromaterapi — '.repeat(10) })
    expect(text.endsWith('\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`)
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(80)}`)
  })
})

describe('promo codes', () => {
  const promotion = (overrides: Partial<CodedPromotion> = {}): CodedPromotion => ({
    id: 'p1',
    title: 'Slow down',
    slug: 'slow-down',
    discountType: 'percentage',
    percentOff: 20,
    appliesToAll: false,
    services: ['aroma'],
    startsAt: '2026-12-01T00:00:00+07:00',
    endsAt: '2026-12-15T00:00:00+07:00',
    _status: 'published',
    promoCode: 'SLOWDOWN20',
    ...overrides,
  })
  const option = { priceIdr: 545_000, durationMinutes: 90 }

  it('gives the offer price for its treatments while it runs, in WIB, typed in any case', () => {
    const at = jakartaInstant('2026-12-14', '23:30')
    expect(checkPromoCode([promotion()], ' slowdown20 ', 'aroma', option, at)).toMatchObject({
      ok: true,
      priceIdr: 436_000,
    })
  })

  it('says why it does not apply: unknown, not running that day, other treatment', () => {
    expect(checkPromoCode([promotion()], 'NOPE', 'aroma', option, new Date())).toEqual({
      ok: false,
      code: 'promoUnknown',
    })
    // Midnight WIB on the 15th is when it ends.
    const after = jakartaInstant('2026-12-15', '00:00')
    expect(checkPromoCode([promotion()], 'SLOWDOWN20', 'aroma', option, after)).toEqual({
      ok: false,
      code: 'promoNotRunning',
    })
    const during = jakartaInstant('2026-12-10', '10:00')
    expect(checkPromoCode([promotion()], 'SLOWDOWN20', 'sports', option, during)).toEqual({
      ok: false,
      code: 'promoNotApplicable',
    })
    const draft = promotion({ _status: 'draft' })
    expect(checkPromoCode([draft], 'SLOWDOWN20', 'aroma', option, during).ok).toBe(false)
  })

  it('a package price applies to its length only', () => {
    const recovery = promotion({
      discountType: 'packagePrice',
      packageDurationMinutes: 90,
      packagePriceIdr: 575_000,
      percentOff: null,
      promoCode: 'RECOVER90',
      services: ['sports'],
    })
    const during = jakartaInstant('2026-12-10', '10:00')
    const ninety = { priceIdr: 625_000, durationMinutes: 90 }
    const sixty = { priceIdr: 450_000, durationMinutes: 60 }
    expect(checkPromoCode([recovery], 'RECOVER90', 'sports', ninety, during)).toMatchObject({
      ok: true,
      priceIdr: 575_000,
    })
    expect(checkPromoCode([recovery], 'RECOVER90', 'sports', sixty, during).ok).toBe(false)
  })
})

describe('the booking address', () => {
  it('reads choices from links and from the treatment list, dropping what cannot be one', () => {
    expect(
      readBookingQuery({
        service: 'Pijat-Aromaterapi',
        duration: '90',
        therapist: 'made-wirawan',
        promo: 'slowdown20',
        date: '2026-12-10',
      }),
    ).toEqual({
      service: 'pijat-aromaterapi',
      duration: 90,
      therapist: 'made-wirawan',
      promo: 'SLOWDOWN20',
      date: '2026-12-10',
    })
    expect(readBookingQuery({ treatment: 'aromatherapy-massage:60', promo: '' })).toEqual({
      service: 'aromatherapy-massage',
      duration: 60,
    })
    expect(
      readBookingQuery({
        service: '<script>',
        duration: '9999',
        therapist: ['a b'],
        promo: 'x'.repeat(40),
        date: 'tomorrow',
      }),
    ).toEqual({})
  })

  it('writes choices in one order, and counts days across months', () => {
    expect(bookingSearch({ promo: 'A', service: 's', duration: 90 })).toBe(
      '?service=s&duration=90&promo=A',
    )
    expect(bookingSearch({})).toBe('')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })
})
