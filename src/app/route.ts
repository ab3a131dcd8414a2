import type { NextRequest } from 'next/server'
import { LOCALE_COOKIE } from '@/i18n/locales'
import { preferredLocale } from '@/i18n/negotiate'

/** `/` sends each visitor to their language's home page, keeping the query (e.g. utm_*). */
export function GET(request: NextRequest): Response {
  const locale = preferredLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get('accept-language'),
  )
  return new Response(null, {
    status: 307,
    headers: {
      Location: `/${locale}${request.nextUrl.search}`,
      Vary: 'Accept-Language, Cookie',
      'Cache-Control': 'private, no-cache',
    },
  })
}
