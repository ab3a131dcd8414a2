/**
 * Makes one test database template (run by tests/setup/templates.ts in a process of its own):
 * the schema pushed as every test file's Payload would push it, and with TEMPLATE_SEEDED=true the
 * site's seed on top. Env: DATABASE_URI, MEDIA_DIR, PAYLOAD_SECRET (set by the caller).
 */
async function makeTemplate() {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  if (process.env.TEMPLATE_SEEDED === 'true') {
    const { seed } = await import('@/seed/seed')
    await seed(payload, () => undefined)
  }
  // Everything into the database file itself, so a copy of that one file is the whole database.
  const { client } = payload.db as unknown as {
    client: { execute: (sql: string) => Promise<unknown> }
  }
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  await payload.destroy()
}

makeTemplate().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  },
)
