import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { withBilingualLabels } from '@/admin/withBilingualLabels'
import { whereQuery } from '@/admin/whereQuery'
import { promotionState } from '@/collections/Promotions/state'
import { jakartaDayAndWeekStart } from '@/components/admin/Dashboard/wib'
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

const i18n = (language: string) =>
  ({ i18n: { language }, t: () => '' }) as unknown as Parameters<
    Extract<
      NonNullable<Extract<Field, { label?: unknown }>['label']>,
      (...args: never[]) => unknown
    >
  >[0]

/** Every named field, with what its label says in English and in Indonesian. */
function labels(fields: Field[]): { name: string; en: string; id: string }[] {
  return fields.flatMap((field) => {
    const nested = 'fields' in field && Array.isArray(field.fields) ? labels(field.fields) : []
    if (!('name' in field) || (field.admin as { hidden?: boolean } | undefined)?.hidden) {
      return nested
    }
    const label = 'label' in field ? field.label : undefined
    const read = (language: 'en' | 'id') =>
      typeof label === 'function'
        ? String(label(i18n(language)))
        : label && typeof label === 'object'
          ? String((label as Record<string, string>)[language] ?? '')
          : ''
    return [{ name: field.name, en: read('en'), id: read('id') }, ...nested]
  })
}

describe('the admin in two languages', () => {
  it('labels every field of every collection and global in English and Indonesian', () => {
    const configs = [
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
    const unlabelled = configs.flatMap((config) =>
      labels(withBilingualLabels(config).fields)
        .filter((field) => !field.en || !field.id)
        .map((field) => `${config.slug}.${field.name}`),
    )
    expect(unlabelled).toEqual([])
    const services = labels(withBilingualLabels(Services).fields)
    expect(services.find((field) => field.name === 'modality')).toMatchObject({
      en: 'Massage type',
      id: 'Jenis pijat',
    })
  })
})

describe('promotion state', () => {
  const now = new Date('2026-12-10T05:00:00Z')
  const window = { startsAt: '2026-12-11T00:00:00Z', endsAt: '2026-12-20T00:00:00Z' }
  it('is Draft until published, then Scheduled, Live and Ended by the window', () => {
    expect(promotionState({ ...window, _status: 'draft' }, now)).toBe('draft')
    expect(promotionState({ ...window, _status: 'published' }, now)).toBe('scheduled')
    expect(
      promotionState({ ...window, _status: 'published' }, new Date('2026-12-12T00:00:00Z')),
    ).toBe('live')
    expect(
      promotionState({ ...window, _status: 'published' }, new Date('2026-12-20T00:00:00Z')),
    ).toBe('ended')
  })
})

describe('dashboard helpers', () => {
  it('starts today and the week at midnight in Jakarta', () => {
    // Thursday 3 Dec 2026, 01:00 WIB = Wednesday 2 Dec, 18:00 UTC.
    const { today, week } = jakartaDayAndWeekStart(new Date('2026-12-02T18:00:00Z'))
    expect(today.toISOString()).toBe('2026-12-02T17:00:00.000Z')
    expect(week.toISOString()).toBe('2026-11-29T17:00:00.000Z') // Monday 30 Nov, 00:00 WIB
  })
  it('writes a where clause as the admin list reads it', () => {
    expect(whereQuery({ and: [{ status: { equals: 'new' } }] })).toEqual([
      'where%5Band%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=new',
    ])
  })
})
