import config from '@payload-config'
import { getPayload } from 'payload'

export async function startPayload(): Promise<void> {
  await getPayload({ config, cron: true })
}
