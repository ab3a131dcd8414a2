import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import createNextIntlPlugin from 'next-intl/plugin'
import { securityHeaders } from './src/config/securityHeaders'
import { bookingRewrites } from './src/i18n/bookingRewrites'
import { localizedRedirects } from './src/i18n/localizedRoutes'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image sets NEXT_OUTPUT=standalone; `next start` wants the regular output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // An ETag is an FNV hash over the whole HTML, computed again on every cached hit: about a fifth
  // of the server's CPU per page (measured with a CPU profile under wrk). Pages carry
  // Cache-Control s-maxage/stale-while-revalidate for a CDN or proxy, which validates on its own.
  generateEtags: false,
  // Next's page cache, keeping each cached page's HTML as bytes (see the file for why).
  cacheHandler: path.join(process.cwd(), 'src/cache/pageCacheHandler.mjs'),
  // Localized addresses are route folders of their own; addresses in the other language's words
  // or without a language move permanently. No proxy (middleware) runs on pages; the only
  // rewrites are the booking address's with choices (see bookingRewrites).
  async redirects() {
    return localizedRedirects()
  },
  async rewrites() {
    return { beforeFiles: bookingRewrites(), afterFiles: [], fallback: [] }
  },
  // A CDN may serve a page for a day while it fetches the fresh one (stale-while-revalidate).
  expireTime: 24 * 60 * 60,
  async headers() {
    return [
      {
        source: '/:path*',
        // Fixed when the app is built: HSTS follows NEXT_PUBLIC_SERVER_URL at build time.
        headers: securityHeaders(
          process.env.NEXT_PUBLIC_SERVER_URL,
          process.env.NODE_ENV === 'development',
        ),
      },
    ]
  },
  // Cached query results survive a redeploy in .next/cache; a new build must not read old shapes.
  env: { CONTENT_CACHE_VERSION: String(Date.now()) },
  reactStrictMode: true,
  // One Redis client per process, loaded from node_modules like the cache handler's.
  serverExternalPackages: ['ioredis'],
  // `npm test` runs `tsc --noEmit` beside the build; checking the same program twice cost ~25 s.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED_BY_TSC === '1' },
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
    // No picture on the site is shown wider than ~1,290 device pixels (a 430 px phone at 3x, the
    // 34rem hero at 2x); every extra width is another URL in every srcset, in the HTML and again
    // in the page's RSC payload.
    deviceSizes: [640, 828, 1080, 1280],
    imageSizes: [96, 256, 384],
  },
  experimental: {
    // Next loads every route's code at start (the admin alone ~150 ms of the only thread) while
    // the first visitors wait; each route loads on its first request instead. Restart -> first
    // cached page: 1.26 s -> 0.91 s (bench/startup.sh, median of 5).
    preloadEntriesOnStart: false,
    // forbidden() and unauthorized(): an admin server function refused by access control answers
    // 403/401 instead of 500 (src/api/serverFunctionErrors.ts).
    authInterrupts: true,
    // Payload's admin and the CMS share one process; keep the server bundle lean on 2 cores.
    webpackMemoryOptimizations: true,
    // Minifying the server bundles cost ~20 CPU-s of every build (~10%) and buys nothing a server
    // needs: its code is read from disk once, at start.
    serverMinification: false,
    // The admin's form state for a long bilingual document; src/proxy.ts refuses larger bodies.
    serverActions: { bodySizeLimit: '4mb' },
  },
}

const withCms = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

/**
 * Payload adds `Accept-CH`/`Critical-CH: Sec-CH-Prefers-Color-Scheme` to every path for its admin
 * theme; on public pages `Critical-CH` makes Chromium fetch each first page twice. Keep it on the
 * admin only.
 */
export default {
  ...withCms,
  async headers() {
    const rules = (await withCms.headers?.()) ?? []
    return rules.map((rule) =>
      rule.headers.some((header) => header.key === 'Critical-CH')
        ? { ...rule, source: '/admin/:path*' }
        : rule,
    )
  },
} satisfies NextConfig
