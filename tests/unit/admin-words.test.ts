import type { Block, CollectionConfig, Field, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { withBilingualLabels } from '@/admin/withBilingualLabels'
import { withPublishConfirmation } from '@/admin/withPublishConfirmation'
import { GROUPS } from '@/admin/groups'
import { Comparisons } from '@/collections/Comparisons'
import { Inquiries } from '@/collections/Inquiries'
import { Media } from '@/collections/Media'
import { Modalities } from '@/collections/Modalities'
import { Promotions } from '@/collections/Promotions'
import { Services } from '@/collections/Services'
import { SlugRedirects } from '@/collections/SlugRedirects'
import { Techniques } from '@/collections/Techniques'
import { Therapists } from '@/collections/Therapists'
import { Users } from '@/collections/Users'
import { SiteSettings } from '@/globals/SiteSettings'

/**
 * Every word of the configuration staff read in the admin — collection names, field and group
 * labels, array-row labels, select options and descriptions — exists in English and in Indonesian.
 */
type Gap = string
type Text = unknown

const LANGUAGES = ['en', 'id'] as const

/** What a config text says in one admin language, or '' when it says nothing there. */
function say(text: Text, language: 'en' | 'id'): string {
  if (typeof text === 'string') return text
  if (typeof text === 'function') {
    const t = (key: string) => key
    const value: unknown = (text as (args: unknown) => unknown)({ i18n: { language, t }, t })
    return typeof value === 'string' ? value : say(value, language)
  }
  if (text && typeof text === 'object') {
    const value = (text as Record<string, unknown>)[language]
    return typeof value === 'string' ? value : ''
  }
  return ''
}

/** A text in both languages: an object or function that answers each language. */
function bilingualGaps(text: Text, where: string): Gap[] {
  if (text === undefined || text === false) return []
  if (typeof text === 'string') return [`${where}: "${text}" in one language only`]
  return LANGUAGES.filter((language) => !say(text, language).trim()).map(
    (language) => `${where}: no ${language} text`,
  )
}

function fieldGaps(fields: Field[], path: string): Gap[] {
  return fields.flatMap((field): Gap[] => {
    const name = 'name' in field ? field.name : field.type
    const where = `${path}.${name}`
    const admin = (field.admin ?? {}) as { hidden?: boolean; description?: Text }
    const gaps: Gap[] = []
    const hidden = admin.hidden === true || ('hidden' in field && field.hidden === true)
    if (!hidden) {
      if ('name' in field && field.type !== 'ui') {
        const label = 'label' in field ? field.label : undefined
        if (label !== false) gaps.push(...bilingualGaps(label ?? field.name, `${where} label`))
      }
      if (typeof admin.description !== 'function') {
        gaps.push(...bilingualGaps(admin.description, `${where} description`))
      }
      if ('options' in field && Array.isArray(field.options)) {
        for (const option of field.options) {
          if (typeof option === 'string') gaps.push(`${where} option "${option}" has no label`)
          else gaps.push(...bilingualGaps(option.label, `${where} option ${option.value}`))
        }
      }
      if (field.type === 'array') {
        gaps.push(...bilingualGaps(field.labels?.singular, `${where} row label`))
        gaps.push(...bilingualGaps(field.labels?.plural, `${where} rows label`))
        if (!field.labels?.singular) gaps.push(`${where}: rows have no label`)
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      gaps.push(...fieldGaps(field.fields, where))
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        // Payload calls a tab's label function without the language (only `t`).
        if (typeof tab.label === 'function') gaps.push(`${where}: a tab label cannot be a function`)
        else gaps.push(...bilingualGaps(tab.label, `${where} tab label`))
        gaps.push(...fieldGaps(tab.fields, `${where}.${'name' in tab ? tab.name : 'tab'}`))
      }
    }
    if (field.type === 'blocks') {
      for (const block of (field.blocks ?? []) as Block[]) {
        gaps.push(...bilingualGaps(block.labels?.singular, `${where}.${block.slug} label`))
        gaps.push(...fieldGaps(block.fields, `${where}.${block.slug}`))
      }
    }
    return gaps
  })
}

function configGaps(config: CollectionConfig | GlobalConfig): Gap[] {
  const labelled = withPublishConfirmation(withBilingualLabels(config) as CollectionConfig)
  const gaps: Gap[] = []
  if ('labels' in config) {
    gaps.push(...bilingualGaps(config.labels?.singular, `${config.slug} singular`))
    gaps.push(...bilingualGaps(config.labels?.plural, `${config.slug} plural`))
  } else {
    gaps.push(...bilingualGaps((config as GlobalConfig).label, `${config.slug} label`))
  }
  gaps.push(...bilingualGaps(config.admin?.group, `${config.slug} group`))
  const description = config.admin?.description
  if (typeof description !== 'function') {
    gaps.push(...bilingualGaps(description, `${config.slug} description`))
  }
  return [...gaps, ...fieldGaps(labelled.fields, config.slug)]
}

const CONFIGS: (CollectionConfig | GlobalConfig)[] = [
  Comparisons,
  Inquiries,
  Media,
  Modalities,
  Promotions,
  Services,
  SlugRedirects,
  Techniques,
  Therapists,
  Users,
  SiteSettings,
]

describe('the admin configuration in English and Indonesian', () => {
  it('has both languages for every label, row label, option and description', () => {
    expect(CONFIGS.flatMap(configGaps)).toEqual([])
  })

  it('labels a field by the shared table unless it has its own label', () => {
    const modality = withBilingualLabels(Services).fields.find(
      (field) => 'name' in field && field.name === 'modality',
    )
    expect(say(modality && 'label' in modality ? modality.label : '', 'en')).toBe('Massage type')
    expect(say(modality && 'label' in modality ? modality.label : '', 'id')).toBe('Jenis pijat')
  })

  it('names every menu group in both languages', () => {
    for (const group of Object.values(GROUPS)) {
      expect(group.en.trim()).not.toBe('')
      expect(group.id.trim()).not.toBe('')
    }
    expect(GROUPS.bookings.id).toBe('Pemesanan')
  })

  it('catches a label, an option and a row label in one language (the check can fail)', () => {
    const fields: Field[] = [
      { name: 'colour', type: 'text', label: 'Colour' },
      {
        name: 'size',
        type: 'select',
        options: [{ value: 's', label: 'Small' }],
        label: { en: 'Size', id: 'Ukuran' },
      },
      { name: 'rows', type: 'array', fields: [], label: { en: 'Rows', id: 'Baris' } },
    ]
    expect(fieldGaps(fields, 'x')).toEqual([
      'x.colour label: "Colour" in one language only',
      'x.size option s: "Small" in one language only',
      'x.rows: rows have no label',
    ])
  })
})
