/** Runs once when the Next.js server starts: a bad configuration stops it with a readable message. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfiguration } = await import('./config/check')
    checkConfiguration()
    if (process.env.NODE_ENV === 'production') {
      const { clearContentCache } = await import('./config/staleCache')
      clearContentCache()
    }
  }
}
