import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAdmin } from '@/seed/createAdmin'
import { seed } from '@/seed/seed'
import { addSitePagesOnUpgrade } from '@/seed/addSitePages'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
const collections: CollectionSlug[] = [
  'media',
  'techniques',
  'modalities',
  'services',
  'therapists',
  'pages',
]
const silent = () => undefined

async function snapshot() {
  const result: Record<string, string[]> = {}
  for (const collection of collections) {
    const found = await payload.find({
      collection,
      limit: 500,
      depth: 0,
      overrideAccess: true,
      sort: 'id',
    })
    result[collection] = found.docs.map((doc) => String(doc.id))
  }
  return result
}

beforeAll(async () => {
  payload = await getTestPayload()
  await seed(payload, silent)
})

describe('seed', () => {
  it('fills the catalogue the site needs', async () => {
    const ids = await snapshot()
    expect(ids.modalities.length).toBeGreaterThanOrEqual(2)
    expect(ids.techniques.length).toBeGreaterThanOrEqual(7)
    expect(ids.services.length).toBeGreaterThanOrEqual(6)
    expect(ids.therapists.length).toBeGreaterThanOrEqual(4)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('writes every service in both languages, with rupiah prices and published', async () => {
    const en = await payload.find({
      collection: 'services',
      locale: 'en',
      limit: 100,
      draft: false,
    })
    const id = await payload.find({
      collection: 'services',
      locale: 'id',
      fallbackLocale: false,
      limit: 100,
      draft: false,
    })
    expect(en.docs.every((doc) => doc._status === 'published')).toBe(true)
    for (const doc of id.docs) {
      const english = en.docs.find((candidate) => candidate.id === doc.id)
      expect(doc.name).toBeTruthy()
      expect(doc.summary).toBeTruthy()
      expect(doc.name).not.toBe(english?.name)
      expect(
        doc.options.every((option) => Number.isInteger(option.priceIdr) && option.priceIdr > 0),
      ).toBe(true)
    }
    expect(id.docs.map((doc) => doc.slug)).toContain('pijat-deep-tissue')
  })

  it('keeps both languages of array rows (indications, benefits) on the modalities', async () => {
    const { docs } = await payload.find({
      collection: 'modalities',
      where: { slug: { equals: 'pijat-relaksasi' } },
      locale: 'id',
      fallbackLocale: false,
    })
    const [relaxationId] = docs
    const relaxationEn = await payload.findByID({
      collection: 'modalities',
      id: relaxationId.id,
      locale: 'en',
    })
    expect(relaxationId.indications?.[0]?.text).toMatch(/stres/)
    expect(relaxationEn.indications?.[0]?.text).toMatch(/stressed/)
    expect(relaxationId.indications?.[0]?.goal).toBe('stress')
    expect(relaxationEn.benefits?.length).toBe(relaxationId.benefits?.length)
    expect(relaxationId.benefits?.every((row) => row.evidenceNote)).toBe(true)
  })

  it('writes the home, About, privacy and terms pages in both languages and links them', async () => {
    const slugs = async (locale: 'en' | 'id') =>
      (
        await payload.find({
          collection: 'pages',
          locale,
          fallbackLocale: false,
          sort: 'title',
          depth: 0,
          overrideAccess: false,
        })
      ).docs
        .map((page) => page.slug)
        .sort()
    expect(await slugs('en')).toEqual(['about', 'home', 'privacy', 'terms'])
    expect(await slugs('id')).toEqual(['beranda', 'ketentuan', 'privasi', 'tentang-kami'])
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'id', depth: 1 })
    const titleOf = (page: unknown) => (page as { title?: string } | null)?.title
    expect(titleOf(settings.homePage)).toBe('Beranda')
    expect(titleOf(settings.legal?.privacyPage)).toBe('Pemberitahuan privasi')
    expect(titleOf(settings.legal?.termsPage)).toBe('Ketentuan dan pembatalan')
    const privacy = await payload.find({
      collection: 'pages',
      locale: 'id',
      where: { slug: { equals: 'privasi' } },
      depth: 0,
    })
    // The notice names the law, what is collected, how long it is kept and how to ask.
    const words = JSON.stringify(privacy.docs[0]?.layout)
    for (const phrase of ['UU PDP', 'nomor telepon', '365 hari', 'menghapusnya']) {
      expect(words).toContain(phrase)
    }
    expect(settings.introductions?.massageTypes).toMatch(/^Pijat relaksasi/)
  })

  it('gives a site from before pages existed its pages, keeping what editors set', async () => {
    const { docs } = await payload.find({ collection: 'pages', depth: 0, limit: 10 })
    for (const page of docs) await payload.delete({ collection: 'pages', id: page.id })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: {
        homePage: null,
        legal: { privacyPage: null, termsPage: null },
        footerLinks: [],
        headerLinks: [{ link: { kind: 'route', route: 'book', label: 'Reserve' } }],
      },
    })
    await addSitePagesOnUpgrade(payload)
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 1 })
    expect((settings.homePage as { slug?: string } | null)?.slug).toBe('home')
    expect((settings.legal?.privacyPage as { slug?: string } | null)?.slug).toBe('privacy')
    expect(settings.headerLinks?.map((row) => row.link.label)).toEqual(['Reserve'])
    // A second start changes nothing.
    const before = await snapshot()
    await addSitePagesOnUpgrade(payload)
    expect(await snapshot()).toEqual(before)
  })

  it('is idempotent: a second run updates the same documents in place', async () => {
    const before = await snapshot()
    await seed(payload, silent)
    expect(await snapshot()).toEqual(before)
  })

  it('creates an admin only on request, with a generated password that works', async () => {
    const password = await createAdmin(payload, 'owner@example.com')
    expect(password.length).toBeGreaterThanOrEqual(16)
    const login = await payload.login({
      collection: 'users',
      data: { email: 'owner@example.com', password },
    })
    expect(login.user?.roles).toEqual(['admin'])
    const again = await createAdmin(payload, 'owner@example.com')
    expect(again).not.toBe(password)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})
