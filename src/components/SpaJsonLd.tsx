import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { Service, SiteSetting } from '@/payload-types'
import { JsonLd } from '@/seo/JsonLd'
import { daySpa } from '@/seo/structuredData'

/** The spa as DaySpa structured data, with its services as the offer catalogue. */
export function SpaJsonLd({
  settings,
  locale,
  services,
}: {
  settings: SiteSetting
  locale: Locale
  services: Pick<Service, 'name' | 'slug' | 'options'>[]
}) {
  return (
    <JsonLd
      data={daySpa(
        settings,
        locale,
        pathFor(locale, '/'),
        services.map((service) => ({
          service,
          path: pathFor(locale, { pathname: '/services/[slug]', params: { slug: service.slug } }),
        })),
      )}
    />
  )
}
