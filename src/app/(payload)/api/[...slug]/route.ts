import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { refuseUnreadableRequest } from '@/api/readableBody'
import { refuseRoutesThatAreNotThere, withoutInternalAddress } from '@/api/unknownRoutes'
import { refuseCrossSiteWrite } from '@/api/sameOrigin'
import { startPayload } from '@/config/startPayload'

type Handler = ReturnType<typeof REST_POST>

/**
 * Payload's REST handler, once the request is one Payload can read (see readableBody.ts), and once
 * Payload runs with its job runner (see startPayload.ts).
 */
const readable =
  (handler: Handler): Handler =>
  async (request, context) => {
    await startPayload()
    const sanitized = await config
    const slugs = sanitized.collections.map((collection) => collection.slug)
    return (
      refuseCrossSiteWrite(request) ??
      refuseRoutesThatAreNotThere(new URL(request.url), sanitized) ??
      (await refuseUnreadableRequest(request, slugs)) ??
      withoutInternalAddress(await handler(request, context))
    )
  }

export const GET = readable(REST_GET(config))
export const POST = readable(REST_POST(config))
export const DELETE = readable(REST_DELETE(config))
export const PATCH = readable(REST_PATCH(config))
export const PUT = readable(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
