/** The Node.js server's start-up work (see src/instrumentation.ts). */
export async function startServer(): Promise<void> {
  // A bad configuration stops the server with a readable message instead of serving 500s.
  const { checkConfiguration } = await import('./check')
  checkConfiguration()
  // A restore refuses while this process has the embedded database open (see serverLock).
  const { resolveDatabase } = await import('./database')
  const database = resolveDatabase()
  if (database.kind === 'sqlite') {
    const { holdDatabase } = await import('@/backup/serverLock')
    holdDatabase(database.file)
  }
  // Before the first request: the booking limit keys on the stamped client address.
  const { listenForClientAddresses } = await import('./clientAddress')
  listenForClientAddresses()
  // A stopped instance finishes its answers and closes kept-alive connections (see drainOnStop).
  const { drainOnStop } = await import('./drainOnStop')
  drainOnStop()
  if (process.env.NODE_ENV === 'production') {
    const { dropStaleContentCache } = await import('./staleCache')
    dropStaleContentCache()
  }
  // Payload and its job runner start a second later, outside any request (see startPayload):
  // reading Payload and its database adapter takes the only thread for about a second, and the
  // first visitors after a restart are served from the cache meanwhile. Anything that needs the CMS
  // sooner starts the same instance itself.
  const { rememberServerContext } = await import('./serverContext')
  rememberServerContext()
  setTimeout(() => {
    import('./startPayload')
      .then(({ startPayload }) => startPayload())
      .catch((error: unknown) => {
        console.error('\nAme Spa cannot start:', error instanceof Error ? error.message : error)
        process.exit(1)
      })
  }, PAYLOAD_START_DELAY_MS)
}

const PAYLOAD_START_DELAY_MS = 1000
