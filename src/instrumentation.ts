/**
 * Runs once when the Next.js server starts. The Node.js-only work lives in its own module, so the
 * Edge build of this file never sees it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./config/startServer')
    await startServer()
  }
}
