import type { Locale } from '@/i18n/locales'
import type { Modality, Service } from '@/payload-types'
import { cachedRead } from './cached'
import { getPayloadClient } from './payload'

export type ServiceCard = Pick<
  Service,
  'id' | 'name' | 'slug' | 'summary' | 'featured' | 'options'
> & {
  modality: Pick<Modality, 'id' | 'name' | 'slug'> | null
  fromPriceIdr: number | null
}

const toCard = (service: Service): ServiceCard => {
  const modality = typeof service.modality === 'object' ? service.modality : null
  const prices = service.options.map((option) => option.priceIdr)
  return {
    id: service.id,
    name: service.name,
    slug: service.slug,
    summary: service.summary,
    featured: service.featured,
    options: service.options,
    modality: modality ? { id: modality.id, name: modality.name, slug: modality.slug } : null,
    fromPriceIdr: prices.length ? Math.min(...prices) : null,
  }
}

/** Published services in display order, for listings (anonymous access rules apply). */
export const listServices = cachedRead(
  'services:list',
  ['services', 'modalities'],
  async (locale: Locale): Promise<ServiceCard[]> => {
    const payload = await getPayloadClient()
    const result = await payload.find({
      collection: 'services',
      locale,
      draft: false,
      overrideAccess: false,
      depth: 1,
      limit: 100,
      pagination: false,
      sort: 'sortOrder',
      populate: { modalities: { name: true, slug: true } },
    })
    return result.docs.map(toCard)
  },
)
