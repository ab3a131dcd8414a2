import fs from 'node:fs'
import type { Payload } from 'payload'
import { inject } from 'vitest'
import { SCHEMA_READY, copyTemplate } from './templates'

let opened = false

/** Payload on this test file's temp database; the config is imported after the env is set. */
export async function getTestPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  // A template's copy has the schema already: Payload's dev push would only compare it (~2 s).
  const database = process.env.DATABASE_URI?.replace(/^file:/, '')
  const skipPush =
    process.env[SCHEMA_READY] === 'true' &&
    process.env.PAYLOAD_MIGRATING !== 'true' &&
    Boolean(database && fs.existsSync(database))
  if (skipPush) process.env.PAYLOAD_MIGRATING = 'true'
  try {
    opened = true
    return await getPayload({ config })
  } finally {
    if (skipPush) delete process.env.PAYLOAD_MIGRATING
  }
}

/**
 * Payload on a database holding the site's seed (the catalogue, pages, pictures and settings a
 * first start makes): a copy of the run's seeded template, or on MongoDB the seed run here.
 */
export async function getSeededTestPayload(): Promise<Payload> {
  const templates = inject('testTemplates')
  if (templates && process.env[SCHEMA_READY] === 'true' && !opened) {
    copyTemplate(templates, 'seeded')
    return getTestPayload()
  }
  const payload = await getTestPayload()
  const { seed } = await import('@/seed/seed')
  await seed(payload, () => undefined)
  return payload
}
