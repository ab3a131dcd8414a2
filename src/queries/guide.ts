import type { Locale } from '@/i18n/locales'
import type { Modality, Service } from '@/payload-types'
import { cachedRead } from './cached'
import { findPublished, type WithFallback } from './localizedFind'
import { getPayloadClient } from './payload'

export type GuideContent = {
  modalities: WithFallback<Modality>[]
  services: WithFallback<Service>[]
}

/** What the guide reasons from: every published massage type and service. */
export async function readGuideContent(locale: Locale): Promise<GuideContent> {
  const payload = await getPayloadClient()
  const [modalities, services] = await Promise.all([
    findPublished<Modality>(payload, 'modalities', locale, { depth: 0 }),
    findPublished<Service>(payload, 'services', locale, { depth: 1 }),
  ])
  return { modalities, services }
}

export const getGuideContent = cachedRead(
  'guide:content',
  ['modalities', 'services', 'media'],
  readGuideContent,
)
