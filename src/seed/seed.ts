import type { Payload } from 'payload'
import type { Page } from '@/payload-types'
import { comparisons } from './content/comparisons'
import { ART_VERSION, images } from './content/images'
import { modalities } from './content/modalities'
import { pages } from './content/pages'
import { promotions } from './content/promotions'
import { services } from './content/services'
import { siteSettingsLocalized, siteSettingsShared } from './content/siteSettings'
import { techniques } from './content/techniques'
import { therapists } from './content/therapists'
import { drawImage } from './drawImage'
import { jakartaToday } from '@/utilities/jakartaTime'
import { upsertBilingual } from './upsert'

type Log = (message: string) => void
type Ids = Map<string, string>

const quiet = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const

const resolve = (ids: Ids, key: string): string => {
  const id = ids.get(key)
  if (!id) throw new Error(`Seed content refers to "${key}", which was not seeded.`)
  return id
}

export async function seedImages(payload: Payload, log: Log): Promise<Ids> {
  const ids: Ids = new Map()
  for (const image of images) {
    const filename = `${image.key}-v${ART_VERSION}.webp`
    const found = await payload.find({
      collection: 'media',
      where: { filename: { equals: filename } },
      limit: 1,
      pagination: false,
      ...quiet,
    })
    let id = found.docs[0]?.id
    if (!id) {
      const data = await drawImage(image)
      const created = await payload.create({
        collection: 'media',
        data: { alt: image.alt.en },
        file: { data, mimetype: 'image/webp', name: filename, size: data.length },
        overwriteExistingFiles: true,
        locale: 'en',
        ...quiet,
      })
      id = created.id
    } else {
      await payload.update({
        collection: 'media',
        id,
        data: { alt: image.alt.en },
        locale: 'en',
        ...quiet,
      })
    }
    await payload.update({
      collection: 'media',
      id,
      data: { alt: image.alt.id },
      locale: 'id',
      ...quiet,
    })
    ids.set(image.key, id)
  }
  log(`  images: ${ids.size}`)
  return ids
}

/** The drawings of earlier seed versions, once nothing the seed wrote points to them any more. */
async function removeOlderDrawings(payload: Payload) {
  const current = new Set(images.map((image) => `${image.key}-v${ART_VERSION}.webp`))
  const older = images.flatMap((image) => [
    `${image.key}.webp`,
    ...Array.from({ length: ART_VERSION - 1 }, (_, i) => `${image.key}-v${i + 1}.webp`),
  ])
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { in: older.filter((name) => !current.has(name)) } },
    limit: 200,
    pagination: false,
    ...quiet,
  })
  for (const doc of docs) await payload.delete({ collection: 'media', id: doc.id, ...quiet })
}

async function seedTechniques(payload: Payload, log: Log): Promise<Ids> {
  const ids: Ids = new Map()
  for (const item of techniques) {
    const { id } = await upsertBilingual(
      payload,
      'techniques',
      { ...item.shared, ...item.en },
      item.id,
    )
    ids.set(item.key, id)
  }
  log(`  techniques: ${ids.size}`)
  return ids
}

async function seedModalities(
  payload: Payload,
  log: Log,
  media: Ids,
  techniqueIds: Ids,
): Promise<Ids> {
  const ids: Ids = new Map()
  for (const item of modalities) {
    const { techniqueKeys, imageKey, ...shared } = item.shared
    const { id } = await upsertBilingual(
      payload,
      'modalities',
      {
        ...shared,
        ...item.en,
        techniques: techniqueKeys.map((key) => resolve(techniqueIds, key)),
        image: resolve(media, imageKey),
      },
      item.id,
    )
    ids.set(item.key, id)
  }
  log(`  massage types: ${ids.size}`)
  return ids
}

async function seedServices(
  payload: Payload,
  log: Log,
  media: Ids,
  techniqueIds: Ids,
  modalityIds: Ids,
): Promise<Ids> {
  const ids: Ids = new Map()
  for (const item of services) {
    const { techniqueKeys, imageKey, modalityKey, ...shared } = item.shared
    const { id } = await upsertBilingual(
      payload,
      'services',
      {
        ...shared,
        ...item.en,
        modality: resolve(modalityIds, modalityKey),
        techniques: techniqueKeys.map((key) => resolve(techniqueIds, key)),
        image: resolve(media, imageKey),
      },
      item.id,
    )
    ids.set(item.key, id)
  }
  log(`  services: ${ids.size}`)
  return ids
}

/** Midnight-relative days in Jakarta: the start at 00:00 WIB, the end at 23:59 WIB. */
function jakartaDay(daysFromToday: number, clock: '00:00' | '23:59'): string {
  const { isoDate } = jakartaToday(new Date(Date.now() + daysFromToday * 24 * 60 * 60 * 1000))
  return new Date(`${isoDate}T${clock}:00+07:00`).toISOString()
}

async function seedPromotions(payload: Payload, log: Log, media: Ids, serviceIds: Ids) {
  for (const item of promotions) {
    const { serviceKeys, bannerKey, startsInDays, endsInDays, ...shared } = item.shared
    await upsertBilingual(
      payload,
      'promotions',
      {
        ...shared,
        ...item.en,
        startsAt: jakartaDay(startsInDays, '00:00'),
        startsAt_tz: 'Asia/Jakarta',
        endsAt: jakartaDay(endsInDays, '23:59'),
        endsAt_tz: 'Asia/Jakarta',
        appliesToAll: false,
        services: serviceKeys.map((key) => resolve(serviceIds, key)),
        banner: resolve(media, bannerKey),
      },
      item.id,
    )
  }
  log(`  promotions: ${promotions.length}`)
}

async function seedTherapists(
  payload: Payload,
  log: Log,
  media: Ids,
  modalityIds: Ids,
  serviceIds: Ids,
) {
  let count = 0
  for (const item of therapists) {
    // A therapist gives every treatment of the massage types they practise.
    const given = services
      .filter((service) => item.shared.modalityKeys.includes(service.shared.modalityKey))
      .map((service) => resolve(serviceIds, service.key))
    const { modalityKeys, photoKey, specialties: _bothLanguages, ...shared } = item.shared
    await upsertBilingual(
      payload,
      'therapists',
      {
        ...shared,
        ...item.en,
        modalities: modalityKeys.map((key) => resolve(modalityIds, key)),
        services: given,
        photo: resolve(media, photoKey),
      },
      item.id,
    )
    count += 1
  }
  log(`  therapists: ${count}`)
}

async function seedComparisons(
  payload: Payload,
  log: Log,
  media: Ids,
  modalityIds: Ids,
  serviceIds: Ids,
) {
  for (const item of comparisons) {
    const ids = item.kind === 'services' ? serviceIds : modalityIds
    const relation = item.kind === 'services' ? 'service' : 'modality'
    const localized = (locale: 'en' | 'id') => {
      const text = item[locale]
      return {
        title: text.title,
        slug: text.slug,
        intro: text.intro,
        items: item.itemKeys.map((key, index) => ({
          [relation]: resolve(ids, key),
          verdict: text.verdicts[index] ?? '',
        })),
        rows: item.attributes.map((attribute) => ({
          attribute,
          note: text.notes[attribute] ?? null,
        })),
        faq: text.faq,
      }
    }
    await upsertBilingual(
      payload,
      'comparisons',
      {
        ...localized('en'),
        kind: item.kind,
        image: resolve(media, item.imageKey),
        sortOrder: item.sortOrder,
      },
      localized('id'),
    )
  }
  log(`  comparisons: ${comparisons.length}`)
}

export async function seedPages(
  payload: Payload,
  log: Log,
  media: Ids,
  serviceIds: Ids,
): Promise<Ids> {
  const ids: Ids = new Map()
  const refs = {
    image: (key: string) => resolve(media, key),
    service: (key: string) => resolve(serviceIds, key),
  }
  for (const item of pages) {
    const inLocale = (locale: 'en' | 'id') => ({
      title: item.title[locale],
      slug: item.slug[locale],
      // Built from plain seed words; Payload validates each block as it saves.
      layout: item.blocks.map((block) => block(locale, refs)) as unknown as Page['layout'],
      meta: { description: item.description[locale] },
    })
    const { id } = await upsertBilingual(payload, 'pages', inLocale('en'), inLocale('id'))
    ids.set(item.key, id)
  }
  log(`  pages: ${ids.size}`)
  return ids
}

/** The top menu as it was before it became editable; the footer's extra links. */
export const route = (name: string) => ({
  link: { kind: 'route' as const, route: name as 'services' },
})
export const HEADER_ROUTES = [
  'services',
  'massageTypes',
  'therapists',
  'promotions',
  'guide',
  'contact',
]

async function seedSiteSettings(payload: Payload, log: Log, pageIds: Ids) {
  for (const locale of ['en', 'id'] as const) {
    const text = siteSettingsLocalized[locale]
    const saved = await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        ...siteSettingsShared,
        tagline: text.tagline,
        introductions: text.introductions,
        address: { ...siteSettingsShared.address, directions: text.directions },
        homePage: resolve(pageIds, 'home'),
        headerLinks: HEADER_ROUTES.map(route),
        footerLinks: [
          { link: { kind: 'page' as const, page: resolve(pageIds, 'about') } },
          route('compare'),
          route('contact'),
        ],
        legal: {
          privacyPage: resolve(pageIds, 'privacy'),
          termsPage: resolve(pageIds, 'terms'),
        },
        defaultSeo: {
          title: text.seoTitle,
          description: text.seoDescription,
          // Pages without an image of their own share the brand's picture (public/og-image.png).
          image: null,
        },
      },
      ...quiet,
    })
    if (!saved) throw new Error('Could not save site settings.')
  }
  log('  site settings: 1')
}

/** Idempotent: documents are matched by their English slug (media by file name) and updated in place. */
export async function seed(payload: Payload, log: Log = (message) => payload.logger.info(message)) {
  const started = Date.now()
  log('Seeding Ame Spa content in English and Indonesian…')
  const media = await seedImages(payload, log)
  const techniqueIds = await seedTechniques(payload, log)
  const modalityIds = await seedModalities(payload, log, media, techniqueIds)
  const serviceIds = await seedServices(payload, log, media, techniqueIds, modalityIds)
  await seedTherapists(payload, log, media, modalityIds, serviceIds)
  await seedComparisons(payload, log, media, modalityIds, serviceIds)
  await seedPromotions(payload, log, media, serviceIds)
  const pageIds = await seedPages(payload, log, media, serviceIds)
  await seedSiteSettings(payload, log, pageIds)
  await removeOlderDrawings(payload)
  log(`Seed finished in ${((Date.now() - started) / 1000).toFixed(1)}s.`)
}
