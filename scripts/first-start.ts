/**
 * What the first production start does to an empty database, without the web server: the
 * committed migrations run (NODE_ENV=production, no schema push), then the automatic first-start
 * seed fills it. `npm test` makes the browser tests' database this way once, while the app builds;
 * each test server then starts from a copy (scripts/e2e-server.mjs).
 */
async function main() {
  if (process.env.NODE_ENV !== 'production') {
    throw new Error('Run with NODE_ENV=production: a first production start runs migrations.')
  }
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`First start failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
