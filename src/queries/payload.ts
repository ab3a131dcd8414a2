import type { Payload } from 'payload'

/**
 * The Payload instance. Loaded on first use, not with the page module: a page served from the
 * cache never needs the CMS, so after a restart it is answered before Payload and its database
 * adapter have been read from disk.
 */
export async function getPayloadClient(): Promise<Payload> {
  const { startPayload } = await import('@/config/startPayload')
  return startPayload()
}
