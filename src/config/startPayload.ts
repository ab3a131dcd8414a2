import config from '@payload-config'
import { getPayload } from 'payload'
import { readRedirects } from '@/redirects/refresh'
import { provideRedirects } from '@/redirects/registry'

export async function startPayload(): Promise<void> {
  const payload = await getPayload({ config, cron: true })
  provideRedirects(() => readRedirects(payload))
}
