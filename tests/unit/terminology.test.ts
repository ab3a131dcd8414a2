/**
 * The site's words stay the glossary's words: every UI string and every seeded text is checked
 * against messages/glossary.json, per language.
 */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import en from '../../messages/en.json'
import glossary from '../../messages/glossary.json'
import id from '../../messages/id.json'
import { comparisons } from '@/seed/content/comparisons'
import { images } from '@/seed/content/images'
import { modalities } from '@/seed/content/modalities'
import { promotions } from '@/seed/content/promotions'
import { services } from '@/seed/content/services'
import { siteSettingsLocalized } from '@/seed/content/siteSettings'
import { techniques } from '@/seed/content/techniques'
import { therapists } from '@/seed/content/therapists'

type Lang = 'en' | 'id'
type Rule = { term?: string; pattern?: string; use: string; why: string }
type Text = { where: string; text: string }

const rules = (lang: Lang): Rule[] => glossary[lang].avoid as Rule[]
const allowed = (lang: Lang): string[] =>
  ('allow' in glossary[lang] ? glossary[lang].allow : []) as string[]

/** Every string in a value, with where it was found. */
function strings(value: unknown, where: string): Text[] {
  if (typeof value === 'string') return [{ where, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${where}[${i}]`))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${where}.${key}`))
  }
  return []
}

/** The strings of one language in the seed: under `en`/`id` keys at any depth. */
function seedStrings(value: unknown, lang: Lang, where: string, inLanguage = false): Text[] {
  if (typeof value === 'string') return inLanguage ? [{ where, text: value }] : []
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => seedStrings(item, lang, `${where}[${i}]`, inLanguage))
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      // Addresses stay as they are: changing a slug would move the page.
      if (key === 'slug') return []
      if (key === 'en' || key === 'id') {
        return key === lang ? seedStrings(item, lang, `${where}.${key}`, true) : []
      }
      return seedStrings(item, lang, `${where}.${key}`, inLanguage)
    })
  }
  return []
}

/** "where: text → use X (why)" for every avoided variant found. */
export function findAvoided(texts: Text[], lang: Lang): string[] {
  return texts.flatMap(({ where, text }) => {
    const checked = allowed(lang).reduce((rest, phrase) => rest.split(phrase).join(''), text)
    return rules(lang).flatMap((rule) => {
      const found = rule.term
        ? checked.toLowerCase().includes(rule.term.toLowerCase())
        : new RegExp(rule.pattern as string).test(JSON.stringify(checked))
      return found ? [`${where}: "${rule.term ?? rule.pattern}" → ${rule.use} (${rule.why})`] : []
    })
  })
}

const seed = {
  comparisons,
  images,
  modalities,
  promotions,
  services,
  siteSettingsLocalized,
  techniques,
  therapists,
}

describe('terminology', () => {
  for (const [lang, messages] of [
    ['en', en],
    ['id', id],
  ] as const) {
    it(`messages/${lang}.json uses the glossary's terms`, () => {
      expect(findAvoided(strings(messages, lang), lang)).toEqual([])
    })

    it(`the ${lang === 'en' ? 'English' : 'Indonesian'} seed content uses the glossary's terms`, () => {
      const texts = seedStrings(seed, lang, 'seed')
      expect(texts.length).toBeGreaterThan(100)
      expect(findAvoided(texts, lang)).toEqual([])
    })
  }

  it('fails on a reintroduced avoided term, and lets the deliberate search phrase through', () => {
    expect(findAvoided([{ where: 'x', text: 'Pijat terapi terbaik' }], 'id')).toHaveLength(1)
    expect(
      findAvoided([{ where: 'x', text: 'Pemesanan paling lambat 90 hari' }], 'id'),
    ).toHaveLength(1)
    expect(findAvoided([{ where: 'x', text: 'From Rp 350.000' }], 'en')).toHaveLength(1)
    expect(findAvoided([{ where: 'x', text: 'after 18.00 WIB' }], 'en')).toHaveLength(1)
    // The 2026-12 review's settled terms: a note is "Catatan", a booking "pemesanan", staff
    // "terapis", and claims no stronger than the evidence.
    expect(findAvoided([{ where: 'x', text: 'Pesan (opsional)' }], 'id')).toHaveLength(1)
    expect(findAvoided([{ where: 'x', text: 'Booking' }], 'id')).toHaveLength(1)
    expect(findAvoided([{ where: 'x', text: 'Senior spa therapist' }], 'id')).toHaveLength(1)
    expect(findAvoided([{ where: 'x', text: 'memulihkan rentang gerak' }], 'id')).toHaveLength(1)
    expect(findAvoided([{ where: 'x', text: 'may restore mobility' }], 'en')).toHaveLength(1)
    expect(findAvoided([{ where: 'x', text: 'ischemic compression' }], 'en')).toHaveLength(1)
    expect(findAvoided([{ where: 'x', text: 'Catatan (opsional)' }], 'id')).toEqual([])
    expect(
      findAvoided([{ where: 'x', text: 'Pijat terapeutik (pijat terapi) di Jakarta' }], 'id'),
    ).toEqual([])
  })

  it('the glossary in the project matches the shared one it was written from', () => {
    const shared = '../shared/content/glossary.md'
    if (!fs.existsSync(shared)) return
    const text = fs.readFileSync(shared, 'utf8')
    for (const term of glossary.id.prefer) expect(text.toLowerCase()).toContain(term)
  })
})
