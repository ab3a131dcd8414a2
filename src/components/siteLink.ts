import { getTranslations } from 'next-intl/server'
import { FIXED_ROUTES, type FixedRoute } from '@/fields/link'
import { bookingHref } from '@/i18n/bookingHref'
import { documentPath } from '@/i18n/documentPaths'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { Page, Service, SiteSetting } from '@/payload-types'
import { whatsappUrl } from '@/utilities/whatsapp'
import { relationId } from '@/queries/populated'

export type LinkData = {
  kind: 'route' | 'page' | 'book' | 'whatsapp'
  label?: string | null
  route?: FixedRoute | null
  page?: string | Page | null
  service?: string | Service | null
}

export type ResolvedLink = {
  href: string
  label: string
  route?: FixedRoute
  pageId?: string
  external?: boolean
}

const ROUTE_WORDS: Record<FixedRoute, string> = {
  home: 'home',
  services: 'services',
  massageTypes: 'massageTypes',
  therapists: 'therapists',
  promotions: 'promotions',
  compare: 'compare',
  guide: 'guide',
  contact: 'contact',
  book: 'book',
}

/**
 * Where an editor's link goes and what it says, in one language. A link to a page that is not
 * published (not populated for visitors) resolves to nothing, so no link leads to a 404.
 */
export async function resolveLink(
  link: LinkData | null | undefined,
  locale: Locale,
  settings: SiteSetting,
): Promise<ResolvedLink | null> {
  if (!link) return null
  const [nav, common, wa] = await Promise.all([
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
  ])
  const label = link.label?.trim()
  switch (link.kind) {
    case 'route': {
      if (!link.route) return null
      return {
        href: pathFor(locale, FIXED_ROUTES[link.route]),
        label: label || nav(ROUTE_WORDS[link.route]),
        route: link.route,
      }
    }
    case 'page': {
      const page = link.page
      if (!page || typeof page !== 'object' || !page.slug) return null
      const home = relationId(settings.homePage) === page.id
      return {
        href: home ? pathFor(locale, '/') : documentPath('pages', locale, page.slug),
        label: label || page.title,
        route: home ? 'home' : undefined,
        pageId: page.id,
      }
    }
    case 'book': {
      const service = typeof link.service === 'object' ? link.service : null
      return {
        href: bookingHref(locale, { service: service?.slug ?? undefined }),
        label: label || common('bookForm'),
      }
    }
    case 'whatsapp':
      return {
        href: whatsappUrl(settings.whatsapp, wa('general')),
        label: label || common('bookWhatsApp'),
        external: true,
      }
  }
}
