import diagnosticsChannel from 'node:diagnostics_channel'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { TLSSocket } from 'node:tls'
import { guardServer } from './refuseOddRequests'
import { HSTS, PROXY_ADVICE, cameOverHttps, proxyMistake, type ProxyMistake } from './proxyChecks'
import {
  CLIENT_ADDRESS_HEADER,
  resolveClientAddress,
  trustedProxyHops,
} from '@/security/clientAddress'

type RequestStart = {
  request: IncomingMessage
  response?: ServerResponse
  socket: Socket
  server?: Server
}

const CHANNEL = 'http.server.request.start'

/**
 * Stamps every incoming HTTP request with the client address before Next.js sees it, overwriting
 * anything the client sent under that name. Node publishes `http.server.request.start` for every
 * request of every HTTP server in the process, so this works under `next start` and standalone.
 * The same look puts refuseOddRequests in front of the server, adds HSTS when the visitor came
 * over https (decided per request, not when the app was built) and warns once about a proxy
 * set-up that breaks the limits.
 */
export function listenForClientAddresses(
  hops = trustedProxyHops(),
  warn: (message: string) => void = (message) => console.warn(`Ame Spa: ${message}`),
): () => void {
  const warned = new Set<ProxyMistake>()
  const stamp = (message: unknown) => {
    const { request, response, socket, server } = message as RequestStart
    if (server) guardServer(server)
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      socket.remoteAddress,
      request.headers['x-forwarded-for'],
      hops,
    )
    if (response && cameOverHttps(Boolean((socket as TLSSocket).encrypted), request, hops)) {
      response.setHeader('Strict-Transport-Security', HSTS)
    }
    const mistake = proxyMistake(socket.remoteAddress, request, hops)
    if (mistake && !warned.has(mistake)) {
      warned.add(mistake)
      warn(PROXY_ADVICE[mistake](socket.remoteAddress ?? 'unknown', hops))
    }
  }
  diagnosticsChannel.subscribe(CHANNEL, stamp)
  return () => diagnosticsChannel.unsubscribe(CHANNEL, stamp)
}
