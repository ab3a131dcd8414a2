/** Payload is started in the server's context, never inside the request that happened to ask first. */
import { AsyncLocalStorage } from 'node:async_hooks'
import { describe, expect, it } from 'vitest'
import { inServerContext, rememberServerContext } from '@/config/serverContext'

describe('inServerContext', () => {
  it('runs code, and the timers it starts, outside the calling request', async () => {
    const request = new AsyncLocalStorage<string>()
    rememberServerContext() // as the instrumentation hook does at start, outside any request
    await request.run('first visitor', async () => {
      expect(request.getStore()).toBe('first visitor')
      expect(inServerContext(() => request.getStore())).toBeUndefined()
      const seenByTimer = await inServerContext(
        () => new Promise((resolve) => setTimeout(() => resolve(request.getStore()), 1)),
      )
      expect(seenByTimer).toBeUndefined()
      // Without it, a timer keeps the request it was started in.
      const inherited = await new Promise((resolve) =>
        setTimeout(() => resolve(request.getStore()), 1),
      )
      expect(inherited).toBe('first visitor')
    })
  })
})
