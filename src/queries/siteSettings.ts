import type { Locale } from '@/i18n/locales'
import type { SiteSetting } from '@/payload-types'
import { cachedRead } from './cached'
import { getPayloadClient } from './payload'

export const getSiteSettings = cachedRead(
  'site-settings',
  // Menus and the legal links name pages: their addresses and titles are read with the settings.
  ['site-settings', 'pages'],
  async (locale: Locale): Promise<SiteSetting> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({
      slug: 'site-settings',
      locale,
      depth: 1,
      overrideAccess: false,
      populate: { pages: { title: true, slug: true } },
    })
  },
)
