import type { Locale } from '@/i18n/locales'
import type { Promotion, Service } from '@/payload-types'
import { activeAt } from '@/promotions/window'
import { cachedRead } from './cached'
import { isKnownSlug } from './knownSlugs'
import { findPublished, type WithFallback } from './localizedFind'
import { getPayloadClient } from './payload'
import { previewScope } from './preview'
import { lookupSlug, type Alternates } from './slugs'

export const PROMOTION_SOURCES = ['promotions', 'services', 'media']

/**
 * Promotions running at `at`, soonest ending first. Cached until a promotion changes or one of
 * them starts or ends (a queued job expires the tag at each boundary).
 */
export async function readActivePromotions(
  locale: Locale,
  at: Date = new Date(),
): Promise<WithFallback<Promotion>[]> {
  return findPublished<Promotion>(await getPayloadClient(), 'promotions', locale, {
    where: activeAt(at),
    sort: 'endsAt',
    depth: 1,
  })
}

export const listActivePromotions = cachedRead('promotions:active', PROMOTION_SOURCES, (locale) =>
  readActivePromotions(locale),
)

export type PromotionPage =
  | {
      kind: 'found'
      promotion: WithFallback<Promotion>
      services: WithFallback<Service>[]
      alternates: Alternates
    }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' }

/** One running promotion by its slug in `locale`, with the services it applies to. */
export const getPromotionPage = cachedRead(
  'promotions:page',
  PROMOTION_SOURCES,
  async (locale: Locale, slug: string): Promise<PromotionPage> => {
    const payload = await getPayloadClient()
    const found = await lookupSlug(payload, 'promotions', locale, slug)
    if (found.kind !== 'found') return found
    const [promotion] = await findPublished<Promotion>(payload, 'promotions', locale, {
      // Previewing staff see the promotion whatever its window; visitors only while it runs.
      where: previewScope()
        ? { id: { equals: found.id } }
        : { and: [{ id: { equals: found.id } }, activeAt(new Date())] },
      depth: 1,
      limit: 1,
    })
    if (!promotion) return { kind: 'missing' }
    const serviceIds = (promotion.services ?? []).map((service) =>
      typeof service === 'object' ? service.id : service,
    )
    const services = await findPublished<Service>(payload, 'services', locale, {
      where: promotion.appliesToAll ? {} : { id: { in: serviceIds } },
      depth: 1,
    })
    return { kind: 'found', promotion, services, alternates: found.alternates }
  },
  (slug: string) => isKnownSlug('promotions', slug),
)
