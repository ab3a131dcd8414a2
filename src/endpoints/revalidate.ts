import type { Endpoint } from 'payload'
import { verifySigned } from '@/config/signing'
import {
  CONTENT_SOURCES,
  expireContent,
  expireTags,
  isExpirableTag,
  REVALIDATE_PURPOSE,
  type ContentSource,
} from '@/hooks/revalidate'

/**
 * Expires cached pages on behalf of code that runs outside a request (the job runner), where
 * Next.js cannot expire tags itself. Only callers holding the server's signed token are accepted.
 */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    if (!verifySigned(REVALIDATE_PURPOSE, req.headers.get('x-revalidate-token'))) {
      return Response.json({ errors: [{ message: 'Not allowed.' }] }, { status: 403 })
    }
    let body: unknown = null
    try {
      body = req.json ? await req.json() : null
    } catch {
      // Not JSON: answered below like a body without sources.
    }
    const tags = (body as { tags?: unknown } | null)?.tags
    if (Array.isArray(tags) && tags.length > 0 && tags.every(isExpirableTag)) {
      expireTags(tags)
      return Response.json({ expired: tags })
    }
    const sources = (body as { sources?: unknown } | null)?.sources
    if (
      !Array.isArray(sources) ||
      !sources.every((source) => (CONTENT_SOURCES as readonly unknown[]).includes(source))
    ) {
      return Response.json(
        {
          errors: [
            {
              message: `The body must be JSON with sources listing some of: ${CONTENT_SOURCES.join(', ')} (or tags of them)`,
            },
          ],
        },
        { status: 400 },
      )
    }
    for (const source of sources as ContentSource[]) expireContent(source)
    return Response.json({ expired: sources })
  },
}
