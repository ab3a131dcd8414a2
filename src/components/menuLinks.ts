import type { FixedRoute } from '@/fields/link'
import type { Locale } from '@/i18n/locales'
import type { SiteSetting } from '@/payload-types'
import { DEFAULT_RETENTION_DAYS } from '@/privacy/retention'
import { resolveLink, type LinkData, type ResolvedLink } from './siteLink'

/** The menu before an editor sets one (a new site, or every link removed). */
const DEFAULT_MENU: FixedRoute[] = [
  'services',
  'massageTypes',
  'therapists',
  'promotions',
  'guide',
  'contact',
]

const resolveAll = async (
  rows: { link: LinkData }[],
  locale: Locale,
  settings: SiteSetting,
): Promise<ResolvedLink[]> =>
  (await Promise.all(rows.map((row) => resolveLink(row.link, locale, settings)))).filter(
    (link): link is ResolvedLink => link !== null,
  )

/** The top menu's links in one language, as the editors set them in site settings. */
export async function menuLinks(locale: Locale, settings: SiteSetting): Promise<ResolvedLink[]> {
  const rows = settings.headerLinks?.length
    ? settings.headerLinks
    : DEFAULT_MENU.map((route) => ({ link: { kind: 'route' as const, route } }))
  return resolveAll(rows, locale, settings)
}

/**
 * The footer's links: the editors' own, then the privacy notice and the terms, which are always
 * there (a page published in this language, else in the other).
 */
export async function footerLinks(
  locale: Locale,
  settings: SiteSetting,
): Promise<{ links: ResolvedLink[]; legal: ResolvedLink[] }> {
  const legalPages = [settings.legal?.privacyPage, settings.legal?.termsPage]
  const [links, legal] = await Promise.all([
    resolveAll(settings.footerLinks ?? [], locale, settings),
    resolveAll(
      legalPages.flatMap((page) => (page ? [{ link: { kind: 'page' as const, page } }] : [])),
      locale,
      settings,
    ),
  ])
  return { links, legal }
}

/** The addresses of the privacy notice and the terms in one language, for the booking form. */
export async function legalPaths(
  locale: Locale,
  settings: SiteSetting,
): Promise<{ privacy: string | null; terms: string | null }> {
  const [privacy, terms] = await Promise.all(
    [settings.legal?.privacyPage, settings.legal?.termsPage].map((page) =>
      page ? resolveLink({ kind: 'page', page }, locale, settings) : null,
    ),
  )
  return { privacy: privacy?.href ?? null, terms: terms?.href ?? null }
}

/** How many days after a visit guests' details are kept, as the forms and pages promise it. */
export const retentionDays = (settings: SiteSetting): number =>
  settings.personalData?.retentionDays ?? DEFAULT_RETENTION_DAYS
