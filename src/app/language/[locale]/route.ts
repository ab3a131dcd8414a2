import type { NextRequest } from 'next/server'
import { isLocale, LOCALE_COOKIE } from '@/i18n/locales'
import { safeSwitchTarget } from '@/i18n/switchTarget'
import { siteUrl } from '@/seo/siteUrl'

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * The language switcher's link: remembers the choice in a cookie (read only by `/`) and goes to
 * the same page in that language. Pages themselves never set or read cookies, so they stay
 * cacheable by the app and by any CDN.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ locale: string }> },
): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Unknown language', { status: 404 })
  const secure = siteUrl().startsWith('https://') ? '; Secure' : ''
  return new Response(null, {
    status: 303,
    headers: {
      Location: safeSwitchTarget(locale, request.nextUrl.searchParams.get('to')),
      'Set-Cookie': `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${secure}`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
