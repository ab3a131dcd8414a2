import diagnosticsChannel from 'node:diagnostics_channel'
import type { ServerResponse } from 'node:http'

const CHANNEL = 'http.server.request.start'

/**
 * On SIGTERM (a deploy, `docker compose stop`), Next stops listening and waits for the requests
 * it started, but a kept-alive connection stays open: nginx keeps sending requests on it and the
 * instance never leaves (measured: still serving four minutes after SIGTERM under load). From the
 * signal on, each connection closes after the answer it is giving, so the instance finishes its
 * work and exits while nginx sends the rest to another instance. No request is cut short.
 */
export function drainOnStop(signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): () => void {
  let stopping = false
  const inFlight = new Set<ServerResponse>()
  const closeAfter = (response: ServerResponse) => {
    if (!response.headersSent) {
      response.shouldKeepAlive = false
      return
    }
    // Node detaches the socket from the response before 'finish' listeners run.
    const socket = response.socket
    response.once('finish', () => socket?.end())
  }
  const onRequest = (message: unknown) => {
    const { response } = message as { response?: ServerResponse }
    if (!response) return
    if (stopping) return closeAfter(response)
    inFlight.add(response)
    response.once('close', () => inFlight.delete(response))
  }
  const onSignal = () => {
    stopping = true
    for (const response of inFlight) closeAfter(response)
  }
  diagnosticsChannel.subscribe(CHANNEL, onRequest)
  for (const signal of signals) process.once(signal, onSignal)
  return () => {
    diagnosticsChannel.unsubscribe(CHANNEL, onRequest)
    for (const signal of signals) process.off(signal, onSignal)
  }
}
