import { describe, expect, it } from 'vitest'
import { fallbackPaths } from '@/queries/fallback'
import { formatClock, formatDate, formatIdr } from '@/utilities/format'
import { jakartaToday, weekdayOf } from '@/utilities/jakartaTime'
import { whatsappUrl } from '@/utilities/whatsapp'

describe('formatting for each locale', () => {
  it('writes rupiah without decimals', () => {
    expect(formatIdr(350000, 'id')).toBe('Rp 350.000')
    expect(formatIdr(1250000, 'id')).toBe('Rp 1.250.000')
    expect(formatIdr(350000, 'en')).toBe('IDR 350,000')
  })

  it('writes WIB clock times and dates the local way', () => {
    expect(formatClock('10:00', 'id')).toBe('10.00')
    expect(formatClock('21:30', 'en')).toBe('21:30')
    expect(formatDate('2027-08-31T00:00:00.000Z', 'id')).toBe('31 Agustus 2027')
    expect(formatDate('2027-08-31T00:00:00.000Z', 'en')).toBe('31 August 2027')
  })

  it('knows the day in Jakarta', () => {
    expect(jakartaToday(new Date('2026-11-26T16:59:00Z'))).toEqual({
      weekday: 'thursday',
      isoDate: '2026-11-26',
    })
    expect(jakartaToday(new Date('2026-11-26T17:00:00Z'))).toEqual({
      weekday: 'friday',
      isoDate: '2026-11-27',
    })
    expect(weekdayOf('2026-11-29')).toBe('sunday')
  })

  it('builds wa.me links with the message encoded', () => {
    expect(whatsappUrl('+62 812-3456-7890', 'Halo & salam')).toBe(
      'https://wa.me/6281234567890?text=Halo%20%26%20salam',
    )
  })
})

describe('fallback detection', () => {
  it('lists the fields shown in English because the translation is empty', () => {
    const strict = {
      name: 'Pijat',
      summary: null,
      rows: [{ text: 'a' }, { text: '' }],
      modality: { name: null },
    }
    const shown = {
      name: 'Pijat',
      summary: 'Summary',
      rows: [{ text: 'a' }, { text: 'b' }],
      modality: { name: 'Relax' },
    }
    expect(fallbackPaths(strict, shown)).toEqual(['summary', 'rows.1.text', 'modality.name'])
  })

  it('treats an untranslated rich text as one field', () => {
    expect(fallbackPaths({ body: null }, { body: { root: { children: [] } } })).toEqual(['body'])
    expect(fallbackPaths({ body: { root: {} } }, { body: { root: {} } })).toEqual([])
  })
})
