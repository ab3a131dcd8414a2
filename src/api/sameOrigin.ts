import { trustedProxyHops } from '@/security/clientAddress'

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
const AUTH_COOKIE = /(?:^|;\s*)payload-token=/

/** The host the browser addressed: Host, or the proxy's X-Forwarded-Host behind a trusted one. */
function addressedHost(request: Request): string | null {
  const forwarded = trustedProxyHops() > 0 ? request.headers.get('x-forwarded-host') : null
  return (forwarded?.split(',')[0] ?? request.headers.get('host'))?.trim().toLowerCase() || null
}

/**
 * A write signed in by the staff cookie must come from a page of this site. SameSite=Lax keeps
 * most cross-site forms from carrying the cookie, but not a sibling subdomain's or an old
 * browser's; a multipart form post needs no preflight. Requests signed by an Authorization
 * header (scripts) are not affected, nor are those without the cookie.
 */
export function refuseCrossSiteWrite(request: Request): Response | null {
  if (!UNSAFE.has(request.method.toUpperCase())) return null
  if (!AUTH_COOKIE.test(request.headers.get('cookie') ?? '')) return null
  const origin = request.headers.get('origin')
  const fetchSite = request.headers.get('sec-fetch-site')
  let crossSite = fetchSite === 'cross-site' || fetchSite === 'same-site'
  if (origin && origin !== 'null') {
    try {
      crossSite ||= new URL(origin).host.toLowerCase() !== addressedHost(request)
    } catch {
      crossSite = true
    }
  } else if (origin === 'null') crossSite = true
  if (!crossSite) return null
  return Response.json(
    { errors: [{ message: 'A signed-in change must come from this site’s own pages.' }] },
    { status: 403 },
  )
}
