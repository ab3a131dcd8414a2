import type { Locale } from '@/i18n/locales'
import type { SiteSetting } from '@/payload-types'
import { cachedRead } from './cached'
import { getPayloadClient } from './payload'

export const getSiteSettings = cachedRead(
  'site-settings',
  ['site-settings'],
  async (locale: Locale): Promise<SiteSetting> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'site-settings', locale, depth: 1, overrideAccess: false })
  },
)
