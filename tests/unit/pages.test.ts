import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { chooseServices } from '@/blocks/Services/chooseServices'
import type { Page, Service } from '@/payload-types'
import { lookupSlug } from '@/queries/slugs'
import { makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

// Which cache tags a save expires: the hooks call Next's revalidateTag.
const expired = vi.hoisted(() => [] as string[])
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof import('next/cache')>()),
  revalidateTag: (tag: string) => {
    expired.push(tag)
  },
}))

let payload: Payload
let marketing: string
let frontdesk: string

beforeAll(async () => {
  payload = await getTestPayload()
  marketing = (await makeUser(payload, ['marketing'])).token
  frontdesk = (await makeUser(payload, ['frontdesk'])).token
})

beforeEach(() => {
  expired.length = 0
})

let counter = 0
const unique = () => `${Date.now().toString(36)}${(counter += 1)}`

const hero = (headline: string): Page['layout'][number] => ({ blockType: 'hero', headline })

/** A published page in English and Indonesian with a hero and a quote. */
async function bilingualPage(): Promise<Page> {
  const key = unique()
  const page = await payload.create({
    collection: 'pages',
    locale: 'en',
    data: {
      title: `Corporate packages ${key}`,
      slug: `corporate-packages-${key}`,
      layout: [
        hero('Massage for your team'),
        { blockType: 'quote', quote: 'Calm.', name: 'Rina' } as Page['layout'][number],
      ],
      _status: 'published',
    },
  })
  const [first, second] = page.layout
  return payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'id',
    data: {
      title: `Paket korporat ${key}`,
      layout: [
        { ...first, headline: 'Pijat untuk tim Anda' } as Page['layout'][number],
        { ...second, quote: 'Tenang.', name: 'Rina' } as Page['layout'][number],
      ],
      _status: 'published',
    },
  })
}

const pageTags = (id: string) => expired.filter((tag) => tag.startsWith(`page:${id}:`)).sort()

describe('a page is saved only when it is right', () => {
  it("refuses a slug that is one of the site's own addresses, naming the field", async () => {
    const response = await rest('/pages', {
      method: 'POST',
      token: marketing,
      body: { title: 'Services', slug: 'layanan', layout: [hero('Hello')], _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/"path":"slug"/)
    expect(JSON.stringify(response.json)).toContain('already an address of the site')
  })

  it('refuses a published page without blocks, and a hero without a headline', async () => {
    const empty = await rest('/pages', {
      method: 'POST',
      token: marketing,
      body: { title: `Empty ${unique()}`, layout: [], _status: 'published' },
    })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.json)).toMatch(/layout/)
    const headless = await rest('/pages', {
      method: 'POST',
      token: marketing,
      body: {
        title: `Headless ${unique()}`,
        layout: [{ blockType: 'hero' }],
        _status: 'published',
      },
    })
    expect(headless.status).toBe(400)
    expect(JSON.stringify(headless.json)).toMatch(/layout\.0\.headline/)
  })

  it('tells front desk it may not create pages', async () => {
    const response = await rest('/pages', {
      method: 'POST',
      token: frontdesk,
      body: { title: `Desk ${unique()}`, layout: [hero('Hi')], _status: 'published' },
    })
    expect(response.status).toBe(403)
  })
})

describe('drafts stay with staff', () => {
  it('hides a draft page from visitors by id, by slug filter and through GraphQL', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: { title: `Ramadan calm week ${unique()}`, layout: [hero('Soon')], _status: 'draft' },
      draft: true,
    })
    expect((await rest(`/pages/${page.id}`)).status).toBe(404)
    const filtered = await rest(`/pages?where[slug][equals]=${page.slug}&draft=true`)
    expect((filtered.json as { docs: unknown[] }).docs).toHaveLength(0)
    const gql = await graphql(`
      {
        Pages(draft: true, limit: 200) {
          docs {
            id
          }
        }
      }
    `)
    expect(JSON.stringify(gql.json)).not.toContain(page.id)
    expect(await lookupSlug(payload, 'pages', 'en', page.slug)).toEqual({ kind: 'missing' })
  })
})

describe('a publish expires exactly what changed', () => {
  it('an Indonesian text change expires the Indonesian page only', async () => {
    const page = await bilingualPage()
    expired.length = 0
    const [first, second] = page.layout
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'id',
      data: {
        layout: [
          { ...first, headline: 'Pijat untuk kantor Anda' } as Page['layout'][number],
          second!,
        ],
        _status: 'published',
      },
    })
    expect(pageTags(page.id)).toEqual([`page:${page.id}:id`])
    expect(expired).not.toContain('pages:en')
  })

  it('a new block order (shared by both languages) expires both', async () => {
    const page = await bilingualPage()
    expired.length = 0
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { layout: [...page.layout].reverse(), _status: 'published' },
    })
    expect(pageTags(page.id)).toEqual([`page:${page.id}:en`, `page:${page.id}:id`])
  })

  it('an autosaved draft over the published page expires nothing', async () => {
    const page = await bilingualPage()
    expired.length = 0
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      draft: true,
      autosave: true,
      data: { title: 'Typing…', _status: 'draft' },
    })
    expect(expired).toEqual([])
    // …and visitors still read the published title.
    const shown = await payload.findByID({ collection: 'pages', id: page.id, locale: 'en' })
    expect(shown.title).toMatch(/^Corporate packages/)
  })

  it('a new address also expires the lists of pages (menus, sitemap) in that language', async () => {
    const page = await bilingualPage()
    expired.length = 0
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'id',
      data: { slug: `paket-kantor-${unique()}`, _status: 'published' },
    })
    expect(pageTags(page.id)).toEqual([`page:${page.id}:id`])
    expect(expired).toContain('pages:id')
    expect(expired).not.toContain('pages:en')
    const old = await lookupSlug(payload, 'pages', 'id', page.slug)
    expect(old.kind).toBe('moved')
  })
})

describe('translation status looks inside blocks', () => {
  it('marks Indonesian missing while a block has no Indonesian headline', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: {
        title: `Couples ${unique()}`,
        slug: `couples-${unique()}`,
        layout: [hero('Together')],
        _status: 'published',
      },
    })
    expect(page.missingTranslations).toEqual(['id'])
    const translated = await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'id',
      data: {
        title: 'Pijat berdua',
        layout: [{ ...page.layout[0], headline: 'Bersama' } as Page['layout'][number]],
      },
    })
    expect(translated.missingTranslations).toEqual([])
  })
})

describe('the services block', () => {
  const service = (id: string, extra: Partial<Service> = {}) =>
    ({ id, featured: false, modality: 'm1', goals: [], ...extra }) as Service
  const all = [
    service('a', { featured: true }),
    service('b', { modality: 'm2', goals: ['sleep'] }),
    service('c', { featured: true, goals: ['sleep'] }),
  ]
  const choose = (choice: Partial<Parameters<typeof chooseServices>[1]>) =>
    chooseServices(all, {
      source: 'featured',
      picked: [],
      modality: null,
      goal: null,
      limit: 6,
      ...choice,
    }).map((found) => found.id)

  it('shows the featured ones, the picked ones in the editor’s order, or a filter', () => {
    expect(choose({})).toEqual(['a', 'c'])
    expect(choose({ source: 'picked', picked: ['c', 'gone', 'a'] })).toEqual(['c', 'a'])
    expect(choose({ source: 'filtered', goal: 'sleep' })).toEqual(['b', 'c'])
    expect(choose({ source: 'filtered', modality: 'm2' })).toEqual(['b'])
    expect(choose({ source: 'filtered', limit: 1 })).toEqual(['a'])
  })
})
