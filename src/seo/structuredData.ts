import type {
  BreadcrumbList,
  DaySpa,
  DayOfWeek,
  Offer,
  Person,
  Service as ServiceLd,
  WithContext,
} from 'schema-dts'
import type { Locale } from '@/i18n/locales'
import type { Promotion, Service, SiteSetting, Therapist } from '@/payload-types'
import { weekHours, type Weekday } from '@/utilities/openingHours'
import { formatIdr } from '@/utilities/format'
import { absoluteUrl } from './siteUrl'

const DAY_URL: Record<Weekday, DayOfWeek> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
}

type ServiceLink = { service: Pick<Service, 'name' | 'options'>; path: string }

/** The spa as a DaySpa, with its services as an offer catalogue. */
export function daySpa(
  settings: SiteSetting,
  locale: Locale,
  homePath: string,
  services: ServiceLink[],
): WithContext<DaySpa> {
  const prices = services.flatMap(({ service }) => service.options.map((option) => option.priceIdr))
  return {
    '@context': 'https://schema.org',
    '@type': 'DaySpa',
    name: settings.spaName,
    url: absoluteUrl(homePath),
    telephone: settings.phone,
    address: {
      '@type': 'PostalAddress',
      streetAddress: settings.address.street,
      addressLocality: settings.address.city,
      addressRegion: 'DKI Jakarta',
      postalCode: settings.address.postalCode ?? undefined,
      addressCountry: 'ID',
    },
    geo:
      settings.geo?.latitude != null && settings.geo?.longitude != null
        ? {
            '@type': 'GeoCoordinates',
            latitude: settings.geo.latitude,
            longitude: settings.geo.longitude,
          }
        : undefined,
    openingHoursSpecification: weekHours(settings).flatMap((day) =>
      'closed' in day
        ? []
        : [
            {
              '@type': 'OpeningHoursSpecification' as const,
              dayOfWeek: DAY_URL[day.day],
              opens: day.opens,
              closes: day.closes,
            },
          ],
    ),
    priceRange: prices.length
      ? `${formatIdr(Math.min(...prices), locale)} – ${formatIdr(Math.max(...prices), locale)}`
      : undefined,
    sameAs: (settings.socialLinks ?? []).map((link) => link.url),
    hasOfferCatalog: {
      '@type': 'OfferCatalog',
      name: settings.spaName,
      itemListElement: services.map(({ service, path }) => ({
        '@type': 'Offer' as const,
        itemOffered: { '@type': 'Service' as const, name: service.name, url: absoluteUrl(path) },
        price: String(Math.min(...service.options.map((option) => option.priceIdr))),
        priceCurrency: 'IDR',
      })),
    },
  }
}

/** A bookable treatment with one offer per duration. */
export function serviceLd(
  service: Pick<Service, 'name' | 'summary' | 'options'>,
  path: string,
  settings: SiteSetting,
  minutesLabel: (minutes: number) => string,
): WithContext<ServiceLd> {
  const url = absoluteUrl(path)
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: service.name,
    description: service.summary,
    url,
    areaServed: { '@type': 'City', name: 'Jakarta' },
    provider: { '@type': 'DaySpa', name: settings.spaName, telephone: settings.phone },
    offers: service.options.map((option) => ({
      '@type': 'Offer' as const,
      name: minutesLabel(option.durationMinutes),
      price: String(option.priceIdr),
      priceCurrency: 'IDR',
      url,
    })),
  }
}

/** A therapist and the licence shown on the profile. */
export function personLd(
  therapist: Pick<Therapist, 'name' | 'title' | 'bio' | 'licence'>,
  path: string,
  licenceLabel: string,
  settings: SiteSetting,
): WithContext<Person> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: therapist.name,
    jobTitle: therapist.title,
    description: therapist.bio,
    url: absoluteUrl(path),
    worksFor: { '@type': 'DaySpa', name: settings.spaName },
    hasCredential: {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: licenceLabel,
      identifier: therapist.licence.number,
      recognizedBy: { '@type': 'Organization', name: therapist.licence.issuingBody },
      expires: therapist.licence.validUntil ?? undefined,
    },
  }
}

/** Home › section › page, as shown in search results. */
export function breadcrumbLd(items: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem' as const,
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  }
}

/**
 * A promotion as one Offer: valid from its start to its end, priced at the lowest offer price it
 * gives, for the services it applies to.
 */
export function promotionLd(
  promotion: Pick<Promotion, 'title' | 'summary' | 'startsAt' | 'endsAt'>,
  path: string,
  lowestPriceIdr: number | null,
  services: { name: string; path: string }[],
  settings: SiteSetting,
): WithContext<Offer> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Offer',
    name: promotion.title,
    description: promotion.summary,
    url: absoluteUrl(path),
    validFrom: promotion.startsAt,
    validThrough: promotion.endsAt,
    priceCurrency: 'IDR',
    ...(lowestPriceIdr !== null ? { price: String(lowestPriceIdr) } : {}),
    seller: { '@type': 'DaySpa', name: settings.spaName, telephone: settings.phone },
    itemOffered: services.map((service) => ({
      '@type': 'Service' as const,
      name: service.name,
      url: absoluteUrl(service.path),
    })),
  }
}
