import type { Payload } from 'payload'

/** First start of an empty embedded database: fill it, so a new developer sees a real site. */
export async function autoSeedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.PAYLOAD_AUTO_SEED === 'false') return
  const { totalDocs } = await payload.count({ collection: 'services', overrideAccess: true })
  if (totalDocs > 0) return
  const { seed } = await import('./seed')
  payload.logger.info('Empty database: seeding bilingual demo content (set PAYLOAD_AUTO_SEED=false to skip)…')
  await seed(payload)
}
