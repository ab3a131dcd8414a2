import { describe, expect, it } from 'vitest'
import { adminLanguage, groupNumber, say } from '@/admin/adminLanguage'
import { ADMIN_DATE_FORMAT, ADMIN_TRANSLATIONS } from '@/admin/translations'
import { goesLiveMessage } from '@/components/admin/goesLive'
import { isFilled } from '@/admin/isFilled'
import { requiredTranslatable } from '@/admin/withPublishConfirmation'
import { Promotions } from '@/collections/Promotions'
import { Services } from '@/collections/Services'
import { format } from 'date-fns'
import { id as idLocale } from 'date-fns/locale/id'

describe('messages in the staff member’s admin language', () => {
  it('picks Indonesian only for an Indonesian admin', () => {
    const text = { en: 'Save', id: 'Simpan' }
    expect(say({ i18n: { language: 'id' } }, text)).toBe('Simpan')
    expect(say({ i18n: { language: 'en' } }, text)).toBe('Save')
    expect(say(undefined, text)).toBe('Save')
    expect(adminLanguage({ i18n: { language: 'fr' } })).toBe('en')
    expect(groupNumber(10_000, 'id')).toBe('10.000')
    expect(groupNumber(10_000, 'en')).toBe('10,000')
  })

  it('writes admin dates as Indonesian does: "3 Des 2026, 00.48"', () => {
    const date = new Date(2026, 11, 3, 0, 48)
    expect(format(date, ADMIN_DATE_FORMAT, { locale: idLocale })).toBe('3 Des 2026, 00.48')
  })

  it('gives the rich-text editor an Indonesian placeholder (no raw "lexical:general:…" key)', () => {
    const id = (ADMIN_TRANSLATIONS as Record<string, Record<string, Record<string, unknown>>>).id!
    const general = id.lexical!.general as Record<string, string>
    expect(general.placeholder).toMatch(/^Mulai mengetik/)
  })
})

describe('the go-live toast after publishing a promotion that starts later', () => {
  const now = new Date('2026-12-03T05:00:00Z')
  it('says when it goes live, in Jakarta time', () => {
    // Monday 7 December 2026, 00:00 WIB.
    expect(goesLiveMessage('2026-12-06T17:00:00.000Z', now, 'id')).toBe(
      'Tayang Sen 7 Des, 00.00 WIB',
    )
    expect(goesLiveMessage('2026-12-06T17:00:00.000Z', now, 'en')).toBe(
      'Goes live Mon 7 Dec, 00:00 WIB',
    )
  })
  it('says nothing for a promotion that is live already', () => {
    expect(goesLiveMessage('2026-12-01T17:00:00.000Z', now, 'id')).toBeNull()
    expect(goesLiveMessage('not a date', now, 'id')).toBeNull()
  })
})

describe('the translation check', () => {
  it('judges the required translatable fields a person types, not the slug made on save', () => {
    expect(requiredTranslatable(Promotions.fields)).toEqual(['title', 'summary'])
    expect(requiredTranslatable(Services.fields)).toContain('name')
    expect(requiredTranslatable(Services.fields)).not.toContain('slug')
  })

  it('counts text with words, a rich text with words and an array with rows as filled', () => {
    expect(isFilled('  ')).toBe(false)
    expect(isFilled('Promo')).toBe(true)
    expect(isFilled(0)).toBe(false)
    expect(isFilled(2)).toBe(true)
    const empty = { root: { children: [{ type: 'paragraph', children: [] }] } }
    const written = { root: { children: [{ type: 'paragraph', children: [{ text: 'Hai' }] }] } }
    const blank = { root: { children: [{ type: 'paragraph', children: [{ text: '' }] }] } }
    expect(isFilled(empty)).toBe(false)
    expect(isFilled(blank)).toBe(false)
    expect(isFilled(written)).toBe(true)
  })
})
