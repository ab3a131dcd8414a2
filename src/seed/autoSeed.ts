import type { Payload } from 'payload'

/**
 * Fills an empty database on first start so a new developer sees a real site.
 * PAYLOAD_AUTO_SEED unset: only the embedded SQLite database; "true": any database; "false": never.
 */
export async function autoSeedOnFirstStart(payload: Payload, embedded: boolean): Promise<void> {
  const setting = process.env.PAYLOAD_AUTO_SEED
  if (setting === 'false' || (!embedded && setting !== 'true')) return
  const { totalDocs } = await payload.count({ collection: 'services', overrideAccess: true })
  if (totalDocs > 0) return
  const { seed } = await import('./seed')
  payload.logger.info(
    'Empty database: seeding the bilingual spa content (PAYLOAD_AUTO_SEED=false skips this)…',
  )
  await seed(payload)
}
