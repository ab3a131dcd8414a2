import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image sets NEXT_OUTPUT=standalone; `next start` wants the regular output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          // Other sites may not frame the spa; the admin's own preview (same origin) may.
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ]
  },
  // Cached query results survive a redeploy in .next/cache; a new build must not read old shapes.
  env: { CONTENT_CACHE_VERSION: String(Date.now()) },
  reactStrictMode: true,
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  experimental: {
    // Payload's admin and the CMS share one process; keep the server bundle lean on 2 cores.
    webpackMemoryOptimizations: true,
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
