import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything except Payload (admin, api), the preview switch, Next internals and files.
  matcher: ['/((?!api|admin|preview|_next|_vercel|.*\\..*).*)'],
}
