import type { Locale } from '@/i18n/locales'
import type { Therapist } from '@/payload-types'
import { cachedRead } from './cached'
import { isKnownSlug } from './knownSlugs'
import { findPublished, type WithFallback } from './localizedFind'
import { getPayloadClient } from './payload'
import { lookupSlug, type Alternates } from './slugs'

const SOURCES = ['therapists', 'modalities', 'media']

/** Published therapists who currently work at the spa. */
export const listTherapists = cachedRead(
  'therapists:list',
  SOURCES,
  async (locale: Locale): Promise<WithFallback<Therapist>[]> =>
    findPublished<Therapist>(await getPayloadClient(), 'therapists', locale, {
      where: { active: { equals: true } },
      depth: 1,
    }),
)

export type TherapistPage =
  | { kind: 'found'; therapist: WithFallback<Therapist>; alternates: Alternates }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' }

export const getTherapistPage = cachedRead(
  'therapists:page',
  SOURCES,
  async (locale: Locale, slug: string): Promise<TherapistPage> => {
    const payload = await getPayloadClient()
    const found = await lookupSlug(payload, 'therapists', locale, slug)
    if (found.kind !== 'found') return found
    const [therapist] = await findPublished<Therapist>(payload, 'therapists', locale, {
      where: { id: { equals: found.id } },
      depth: 1,
      limit: 1,
    })
    return therapist
      ? { kind: 'found', therapist, alternates: found.alternates }
      : { kind: 'missing' }
  },
  (slug: string) => isKnownSlug('therapists', slug),
)
