type Header = { key: string; value: string }

/**
 * One static policy for the public site and the admin, so pages stay cacheable (no per-request
 * nonce). Next.js bootstraps each page with inline scripts, and Payload's admin and next/font use
 * inline styles, hence 'unsafe-inline' for those two only. Everything else is this site alone:
 * no third-party host can be reached from any page.
 */
export function contentSecurityPolicy({ development = false, https = false } = {}): string {
  return [
    "default-src 'self'",
    // Development builds evaluate modules with eval() for fast refresh.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    // The admin's live preview frames the site itself.
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * Headers for every response. HSTS is added per request when the visitor came over https
 * (src/config/clientAddress.ts), whatever address the build was made with.
 */
export function securityHeaders(serverUrl: string | undefined, development: boolean): Header[] {
  const https = (serverUrl ?? '').startsWith('https://')
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ development, https }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Other sites may not frame the spa; the admin's own preview (same origin) may.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}
