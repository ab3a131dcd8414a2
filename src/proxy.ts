import { NextResponse, type NextRequest } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'
import { redirectFor } from './redirects/registry'

const localize = createMiddleware(routing)

/** Old slugs answer 301 to the page's current address; everything else is next-intl's routing. */
export default async function proxy(request: NextRequest) {
  const moved = await redirectFor(request.nextUrl.pathname)
  if (moved) return NextResponse.redirect(new URL(moved, request.url), 301)
  return localize(request)
}

export const config = {
  // Everything except Payload (admin, api), the preview switch, Next internals and files.
  matcher: ['/((?!api|admin|preview|_next|_vercel|.*\\..*).*)'],
}
