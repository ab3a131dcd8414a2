import type { Locale } from '@/i18n/locales'
import type { Modality, Service, Therapist } from '@/payload-types'
import { cachedRead } from './cached'
import { isKnownSlug } from './knownSlugs'
import { findPublished, type WithFallback } from './localizedFind'
import { getPayloadClient } from './payload'
import { lookupSlug, type Alternates } from './slugs'

const SOURCES = ['modalities', 'techniques', 'services', 'therapists', 'media']

/** Published massage types with their techniques. */
export const listModalities = cachedRead(
  'modalities:list',
  SOURCES,
  async (locale: Locale): Promise<WithFallback<Modality>[]> =>
    findPublished<Modality>(await getPayloadClient(), 'modalities', locale, { depth: 1 }),
)

export type ModalityPage =
  | {
      kind: 'found'
      modality: WithFallback<Modality>
      services: WithFallback<Service>[]
      therapists: WithFallback<Therapist>[]
      alternates: Alternates
    }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' }

export const getModalityPage = cachedRead(
  'modalities:page',
  SOURCES,
  async (locale: Locale, slug: string): Promise<ModalityPage> => {
    const payload = await getPayloadClient()
    const found = await lookupSlug(payload, 'modalities', locale, slug)
    if (found.kind !== 'found') return found
    const [modality] = await findPublished<Modality>(payload, 'modalities', locale, {
      where: { id: { equals: found.id } },
      depth: 1,
      limit: 1,
    })
    if (!modality) return { kind: 'missing' }
    const [services, therapists] = await Promise.all([
      findPublished<Service>(payload, 'services', locale, {
        where: { modality: { equals: found.id } },
        depth: 1,
      }),
      findPublished<Therapist>(payload, 'therapists', locale, {
        where: { and: [{ modalities: { contains: found.id } }, { active: { equals: true } }] },
        depth: 1,
      }),
    ])
    return { kind: 'found', modality, services, therapists, alternates: found.alternates }
  },
  (slug: string) => isKnownSlug('modalities', slug),
)
