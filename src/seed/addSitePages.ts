import type { Payload } from 'payload'
import { siteSettingsLocalized } from './content/siteSettings'

/**
 * A site that ran before pages existed has its content but no home, About, privacy or terms page
 * (the home page's words used to live in the code). On its first start with pages, write the
 * seeded ones in both languages and point the site settings at them, leaving anything an editor
 * has already set. An empty database is left to the full seed; a site with pages, to its editors.
 */
export async function addSitePagesOnUpgrade(payload: Payload): Promise<void> {
  const quiet = { overrideAccess: true } as const
  const [pages, services] = await Promise.all([
    payload.count({ collection: 'pages', ...quiet }),
    payload.count({ collection: 'services', ...quiet }),
  ])
  if (pages.totalDocs > 0 || services.totalDocs === 0) return
  const { HEADER_ROUTES, route, seedImages, seedPages } = await import('./seed')
  const log = (message: string) => payload.logger.info(message)
  log('Adding the home, About, privacy and terms pages in English and Indonesian…')
  const media = await seedImages(payload, log)
  const ids = await seedPages(payload, log, media, new Map())
  const id = (key: string) => ids.get(key) ?? null
  for (const locale of ['en', 'id'] as const) {
    const current = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0, ...quiet })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      depth: 0,
      context: { disableRevalidate: true },
      data: {
        homePage: current.homePage ?? id('home'),
        headerLinks: current.headerLinks?.length ? current.headerLinks : HEADER_ROUTES.map(route),
        footerLinks: current.footerLinks?.length
          ? current.footerLinks
          : [{ link: { kind: 'page', page: id('about') } }, route('compare'), route('contact')],
        legal: {
          privacyPage: current.legal?.privacyPage ?? id('privacy'),
          termsPage: current.legal?.termsPage ?? id('terms'),
        },
        introductions: {
          massageTypes:
            current.introductions?.massageTypes ||
            siteSettingsLocalized[locale].introductions.massageTypes,
          contact:
            current.introductions?.contact || siteSettingsLocalized[locale].introductions.contact,
        },
      },
      ...quiet,
    })
  }
}
