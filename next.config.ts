import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image sets NEXT_OUTPUT=standalone; `next start` wants the regular output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
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
