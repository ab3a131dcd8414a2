import type { Endpoint } from 'payload'

/** Liveness for load balancers and tests: answers once Payload is initialised and the database answers. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    await req.payload.count({ collection: 'users', overrideAccess: true })
    return Response.json({ status: 'ok' })
  },
}
