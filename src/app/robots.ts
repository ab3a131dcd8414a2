import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/seo/siteUrl'

// The sitemap address depends on NEXT_PUBLIC_SERVER_URL at run time.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: ['/', '/api/media/file/'],
        disallow: ['/admin', '/api/', '/language/'],
      },
    ],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
