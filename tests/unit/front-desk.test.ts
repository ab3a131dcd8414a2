/** The desk's pure pieces: which days a board tab shows, ages, overdue flags, the ticket line. */
import { describe, expect, it } from 'vitest'
import {
  ageWords,
  boardDates,
  isOverdue,
  readablePhone,
  readRange,
  ticketSummary,
  type DeskBooking,
} from '@/booking/frontDesk'
import { guestWhatsAppHref } from '@/booking/guestWhatsApp'
import { NEXT_STATUSES } from '@/collections/Inquiries/status'

// Thursday 3 December 2026, 23:30 WIB (16:30 UTC): late evening, the day is nearly over.
const NOW = new Date('2026-12-03T16:30:00Z')

const booking = (over: Partial<DeskBooking> = {}): DeskBooking => ({
  id: 'b1',
  reference: 'AME-7K3Q',
  name: 'Sari',
  phone: '+6281234567890',
  preferredDate: '2026-12-04',
  preferredTime: '14:00',
  durationMinutes: 60,
  priceIdr: 350000,
  replyLanguage: 'id',
  status: 'new',
  createdAt: '2026-12-03T16:00:00Z',
  ...over,
})

describe('the board', () => {
  it('shows Jakarta days: today, tomorrow, or seven days from today', () => {
    expect(boardDates('today', NOW)).toEqual(['2026-12-03'])
    // 00:30 WIB on the 4th is already "today = 4 Dec" in Jakarta although UTC is still the 3rd.
    expect(boardDates('today', new Date('2026-12-03T17:30:00Z'))).toEqual(['2026-12-04'])
    expect(boardDates('tomorrow', NOW)).toEqual(['2026-12-04'])
    expect(boardDates('week', NOW)).toEqual([
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
    ])
    expect(readRange('week')).toBe('week')
    expect(readRange('yesterday')).toBe('today')
    expect(readRange(undefined)).toBe('today')
  })

  it('flags a new request older than the promised reply time, and only a new one', () => {
    expect(isOverdue(booking(), 30, NOW)).toBe(false) // 30 min: on the promise, not over it
    expect(isOverdue(booking({ createdAt: '2026-12-03T15:59:00Z' }), 30, NOW)).toBe(true)
    expect(
      isOverdue(booking({ createdAt: '2026-12-03T10:00:00Z', status: 'confirmed' }), 30, NOW),
    ).toBe(false)
  })

  it('says how old a request is in a few characters, in both languages', () => {
    expect(ageWords(0, 'en')).toBe('0 min')
    expect(ageWords(59, 'id')).toBe('59 mnt')
    expect(ageWords(60, 'en')).toBe('1 h')
    expect(ageWords(125, 'id')).toBe('2 j 5 mnt')
    expect(ageWords(3 * 24 * 60 + 5, 'en')).toBe('3 d')
  })

  it('offers the next steps of the workflow only', () => {
    expect(NEXT_STATUSES.new).toEqual(['confirmed', 'declined'])
    expect(NEXT_STATUSES.confirmed).toEqual(['arrived', 'noshow', 'declined'])
    expect(NEXT_STATUSES.cancelled).toEqual([])
    expect(NEXT_STATUSES.declined).toEqual([])
  })
})

describe('the ticket', () => {
  it('sums a request up in one line in the admin language', () => {
    expect(ticketSummary(booking(), 'Ame Signature', 'en', 'replies in')).toBe(
      'Fri 4 Dec · 14:00 WIB · Ame Signature 60 min · IDR 350,000 · replies in Indonesian',
    )
    expect(
      ticketSummary(
        booking({ offerPriceIdr: 280000, replyLanguage: 'en' }),
        'Ame Signature',
        'id',
        'dibalas dalam',
      ),
    ).toBe(
      'Jum 4 Des · 14.00 WIB · Ame Signature 60 menit · Rp 280.000 · dibalas dalam bahasa Inggris',
    )
  })

  it('writes Indonesian numbers as people read them', () => {
    expect(readablePhone('+6281234567890')).toBe('+62 812 3456 7890')
    expect(readablePhone('+62215551234')).toBe('+62 21 555 1234')
    expect(readablePhone('+622155512345')).toBe('+62 21 5551 2345')
    expect(readablePhone('+6591234567')).toBe('+6591234567')
  })

  it('opens WhatsApp on the guest’s number with a confirmation in their language and the reference', () => {
    const href = guestWhatsAppHref(booking(), 'Pijat Khas Ame')
    const url = new URL(href ?? '')
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567890')
    const text = url.searchParams.get('text') ?? ''
    expect(text).toContain('AME-7K3Q')
    expect(text).toContain('dikonfirmasi')
    expect(text).toContain('Pijat Khas Ame 60 menit')
    expect(text).toContain('Jumat, 4 Desember 2026, 14.00 WIB')
    const english = new URL(guestWhatsAppHref(booking({ replyLanguage: 'en' }), 'Ame Signature')!)
    expect(english.searchParams.get('text')).toContain('is confirmed: Ame Signature 60 min')
    expect(guestWhatsAppHref(booking({ phone: null }), 'x')).toBeNull()
  })
})
