import diagnosticsChannel from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import {
  CLIENT_ADDRESS_HEADER,
  resolveClientAddress,
  trustedProxyHops,
} from '@/security/clientAddress'

type RequestStart = { request: IncomingMessage; socket: Socket }

const CHANNEL = 'http.server.request.start'

/**
 * Stamps every incoming HTTP request with the client address before Next.js sees it, overwriting
 * anything the client sent under that name. Node publishes `http.server.request.start` for every
 * request of every HTTP server in the process, so this works under `next start` and standalone.
 */
export function listenForClientAddresses(hops = trustedProxyHops()): () => void {
  const stamp = (message: unknown) => {
    const { request, socket } = message as RequestStart
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      socket.remoteAddress,
      request.headers['x-forwarded-for'],
      hops,
    )
  }
  diagnosticsChannel.subscribe(CHANNEL, stamp)
  return () => diagnosticsChannel.unsubscribe(CHANNEL, stamp)
}
