import type { Locale } from '@/i18n/locales'
import type { Comparison, Modality, Service } from '@/payload-types'
import type { ComparisonKind } from '@/comparisons/attributes'
import { cachedRead } from './cached'
import { isKnownSlug } from './knownSlugs'
import { findPublished, type WithFallback } from './localizedFind'
import { getPayloadClient } from './payload'
import { lookupSlug, type Alternates } from './slugs'

const SOURCES = ['comparisons', 'modalities', 'services', 'techniques', 'media']

/** One column of a comparison: a massage type with its services, or one service and its type. */
export type Subject = {
  modality: WithFallback<Modality>
  services: WithFallback<Service>[]
  service?: WithFallback<Service>
}

const idOf = (value: string | { id: string } | null | undefined) =>
  value ? (typeof value === 'object' ? value.id : value) : null

type Payload = Awaited<ReturnType<typeof getPayloadClient>>

/** The documents behind each column, in the editor's order; missing (unpublished) ones are left out. */
async function subjectsFor(
  payload: Payload,
  locale: Locale,
  kind: ComparisonKind,
  ids: string[],
): Promise<Subject[]> {
  if (kind === 'services') {
    const services = await findPublished<Service>(payload, 'services', locale, {
      where: { id: { in: ids } },
      depth: 1,
    })
    const modalityIds = services.map((service) => idOf(service.modality)).filter(Boolean)
    const modalities = await findPublished<Modality>(payload, 'modalities', locale, {
      where: { id: { in: modalityIds } },
      depth: 1,
    })
    return ids.flatMap((id) => {
      const service = services.find((candidate) => candidate.id === id)
      const modality = modalities.find((candidate) => candidate.id === idOf(service?.modality))
      return service && modality ? [{ modality, services: [service], service }] : []
    })
  }
  const [modalities, services] = await Promise.all([
    findPublished<Modality>(payload, 'modalities', locale, {
      where: { id: { in: ids } },
      depth: 1,
    }),
    findPublished<Service>(payload, 'services', locale, {
      where: { modality: { in: ids } },
      depth: 0,
    }),
  ])
  return ids.flatMap((id) => {
    const modality = modalities.find((candidate) => candidate.id === id)
    if (!modality) return []
    return [{ modality, services: services.filter((service) => idOf(service.modality) === id) }]
  })
}

export const itemIds = (comparison: Pick<Comparison, 'kind' | 'items'>): string[] =>
  (comparison.items ?? []).flatMap((item) => {
    const id = idOf(comparison.kind === 'services' ? item.service : item.modality)
    return id ? [id] : []
  })

/** Published comparisons, in display order. */
export const listComparisons = cachedRead(
  'comparisons:list',
  SOURCES,
  async (locale: Locale): Promise<WithFallback<Comparison>[]> =>
    findPublished<Comparison>(await getPayloadClient(), 'comparisons', locale, { depth: 1 }),
)

export type ComparisonPage =
  | {
      kind: 'found'
      comparison: WithFallback<Comparison>
      subjects: Subject[]
      alternates: Alternates
    }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' }

export const getComparisonPage = cachedRead(
  'comparisons:page',
  SOURCES,
  async (locale: Locale, slug: string): Promise<ComparisonPage> => {
    const payload = await getPayloadClient()
    const found = await lookupSlug(payload, 'comparisons', locale, slug)
    if (found.kind !== 'found') return found
    const [comparison] = await findPublished<Comparison>(payload, 'comparisons', locale, {
      where: { id: { equals: found.id } },
      depth: 1,
      limit: 1,
    })
    if (!comparison) return { kind: 'missing' }
    const subjects = await subjectsFor(payload, locale, comparison.kind, itemIds(comparison))
    return { kind: 'found', comparison, subjects, alternates: found.alternates }
  },
  (slug: string) => isKnownSlug('comparisons', slug),
)

export type AdHocComparison =
  | { kind: 'editorial'; slug: string }
  | { kind: 'moved'; first: string; second: string }
  | { kind: 'missing' }
  | {
      kind: 'found'
      subjects: Subject[]
      /** Each massage type's slug in each language, for the language switcher and hreflang. */
      slugs: { first: Alternates; second: Alternates }
    }

/**
 * Any two massage types side by side. When editors have written a comparison of exactly these two,
 * that page is the answer (the ad-hoc page redirects to it).
 */
export const getAdHocComparison = cachedRead(
  'comparisons:ad-hoc',
  SOURCES,
  async (locale: Locale, first: string, second: string): Promise<AdHocComparison> => {
    const payload = await getPayloadClient()
    const [a, b] = await Promise.all([
      lookupSlug(payload, 'modalities', locale, first),
      lookupSlug(payload, 'modalities', locale, second),
    ])
    if (a.kind === 'missing' || b.kind === 'missing') return { kind: 'missing' }
    if (a.kind === 'moved' || b.kind === 'moved') {
      return {
        kind: 'moved',
        first: a.kind === 'moved' ? a.slug : first,
        second: b.kind === 'moved' ? b.slug : second,
      }
    }
    if (a.id === b.id) return { kind: 'missing' }
    const editorial = await findEditorial(locale, a.id, b.id)
    if (editorial) return { kind: 'editorial', slug: editorial }
    const subjects = await subjectsFor(payload, locale, 'modalities', [a.id, b.id])
    return { kind: 'found', subjects, slugs: { first: a.alternates, second: b.alternates } }
  },
  async (first: string, second: string) =>
    (await isKnownSlug('modalities', first)) && (await isKnownSlug('modalities', second)),
)

/** Published comparisons of exactly two massage types, as a lookup from the pair to the slug. */
async function editorialPairs(locale: Locale): Promise<(a: string, b: string) => string | null> {
  const comparisons = await findPublished<Comparison>(
    await getPayloadClient(),
    'comparisons',
    locale,
    { where: { kind: { equals: 'modalities' } }, depth: 0 },
  )
  const pairs = comparisons.flatMap((comparison) => {
    const ids = itemIds(comparison)
    return ids.length === 2 ? [{ ids, slug: comparison.slug }] : []
  })
  return (a, b) => pairs.find(({ ids }) => ids.includes(a) && ids.includes(b))?.slug ?? null
}

/** The slug (in `locale`) of a published comparison of exactly these two massage types, if any. */
async function findEditorial(locale: Locale, a: string, b: string): Promise<string | null> {
  return (await editorialPairs(locale))(a, b)
}

/** For a massage type page: the address of its comparison with each other massage type. */
export const compareLinks = cachedRead(
  'comparisons:links',
  SOURCES,
  async (
    locale: Locale,
    modalityId: string,
  ): Promise<{ name: string; slug: string; editorial: string | null }[]> => {
    const [others, editorialFor] = await Promise.all([
      findPublished<Modality>(await getPayloadClient(), 'modalities', locale, {
        where: { id: { not_equals: modalityId } },
        depth: 0,
      }),
      editorialPairs(locale),
    ])
    return others.map((other) => ({
      name: other.name,
      slug: other.slug,
      editorial: editorialFor(modalityId, other.id),
    }))
  },
)
