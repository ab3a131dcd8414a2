/** Runs once when the Next.js server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // A bad configuration stops the server with a readable message instead of serving 500s.
  const { checkConfiguration } = await import('./config/check')
  checkConfiguration()
  // Before the first request: the booking limit keys on the stamped client address.
  const { listenForClientAddresses } = await import('./config/clientAddress')
  listenForClientAddresses()
  if (process.env.NODE_ENV === 'production') {
    const { dropStaleContentCache } = await import('./config/staleCache')
    dropStaleContentCache()
  }
  // Payload and its job runner start now, outside any request: scheduled publishing and promotion
  // start/end work even before the first visit, and the runner's timers do not inherit (and
  // silently write into) the context of whichever request happened to start Payload. It is not
  // awaited: the server answers at once, and a request that needs Payload waits for the same start.
  const { startPayload } = await import('./config/startPayload')
  startPayload().catch((error: unknown) => {
    console.error('\nAme Spa cannot start:', error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
