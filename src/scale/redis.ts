import { Redis } from 'ioredis'

/** Keys of this site in a Redis that others may share (REDIS_PREFIX, `ame-spa:` by default). */
export const redisKey = (name: string): string => `${process.env.REDIS_PREFIX ?? 'ame-spa:'}${name}`

let client: Redis | null | undefined
let clientUrl: string | undefined
let warned = false

/**
 * This process's connection to the Redis that several app instances share (REDIS_URL), or null
 * when there is none: then limits and the job runner work within this one process, as before.
 * A command waits for the connection (the first requests after a start) but fails within a
 * second while Redis is away; each caller says what it does then.
 */
export function sharedRedis(): Redis | null {
  const url = process.env.REDIS_URL
  if (client !== undefined && clientUrl === url) return client
  client?.disconnect()
  clientUrl = url
  if (!url) return (client = null)
  client = new Redis(url, {
    maxRetriesPerRequest: 0,
    commandTimeout: 1000,
    connectionName: 'ame-spa-app',
  })
  client.on('error', (error: Error) => {
    if (warned) return
    warned = true
    console.error(`Redis (${url.replace(/\/\/[^@]*@/, '//')}) unavailable: ${error.message}`)
  })
  client.on('ready', () => {
    warned = false
  })
  return client
}
