import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { refuseUnreadableRequest } from '@/api/readableBody'
import { refuseFragmentCycles } from '@/api/graphqlFragments'
import { refuseCrossSiteWrite } from '@/api/sameOrigin'
import { startPayload } from '@/config/startPayload'

const graphqlPost = GRAPHQL_POST(config)

/** Payload's GraphQL handler, once the body is a JSON object it can read (see readableBody.ts). */
export const POST: typeof graphqlPost = async (request) => {
  await startPayload()
  return (
    refuseCrossSiteWrite(request) ??
    (await refuseUnreadableRequest(request, [])) ??
    (await refuseFragmentCycles(request)) ??
    graphqlPost(request)
  )
}
export const OPTIONS = REST_OPTIONS(config)
