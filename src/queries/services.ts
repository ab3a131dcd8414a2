import type { Locale } from '@/i18n/locales'
import type { Service, Therapist } from '@/payload-types'
import { cachedRead } from './cached'
import { isKnownSlug } from './knownSlugs'
import { findPublished, type WithFallback } from './localizedFind'
import { getPayloadClient } from './payload'
import { lookupSlug, type Alternates } from './slugs'

const SOURCES = ['services', 'modalities', 'techniques', 'therapists', 'media']

/** Published services in display order, with their massage type and image. */
export const listServices = cachedRead(
  'services:list',
  SOURCES,
  async (locale: Locale): Promise<WithFallback<Service>[]> =>
    findPublished<Service>(await getPayloadClient(), 'services', locale, { depth: 1 }),
)

export type ServicePage =
  | {
      kind: 'found'
      service: WithFallback<Service>
      therapists: WithFallback<Therapist>[]
      alternates: Alternates
    }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' }

/** One service by its slug in `locale`, the therapists who practise its massage type, and its slugs. */
export const getServicePage = cachedRead(
  'services:page',
  SOURCES,
  async (locale: Locale, slug: string): Promise<ServicePage> => {
    const payload = await getPayloadClient()
    const found = await lookupSlug(payload, 'services', locale, slug)
    if (found.kind !== 'found') return found
    const [service] = await findPublished<Service>(payload, 'services', locale, {
      where: { id: { equals: found.id } },
      depth: 2,
      limit: 1,
    })
    if (!service) return { kind: 'missing' }
    // A draft in preview may have no massage type yet (probe F16: a 500 in the preview).
    const modalityId =
      service.modality && typeof service.modality === 'object'
        ? service.modality.id
        : service.modality
    const therapists = modalityId
      ? await findPublished<Therapist>(payload, 'therapists', locale, {
          where: { and: [{ modalities: { contains: modalityId } }, { active: { equals: true } }] },
          depth: 1,
        })
      : []
    return { kind: 'found', service, therapists, alternates: found.alternates }
  },
  (slug: string) => isKnownSlug('services', slug),
)
