import type { Payload } from 'payload'

/** Payload on this test file's temp database; the config is imported after the env is set. */
export async function getTestPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  return getPayload({ config })
}
