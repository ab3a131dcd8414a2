import type { IncomingMessage, Server, ServerResponse } from 'node:http'

/** The methods this site answers; anything else stops here with 405. */
const ALLOWED = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
const ALLOW_HEADER = ALLOWED.join(', ')

export type Refusal = { status: number; headers: Record<string, string>; body: string }

/**
 * Requests the framework answers with a 500 and a stack in the log (probe F3: `TRACE /api/*`,
 * `OPTIONS *`) get a plain answer before they reach it. TRACE would echo the request's own
 * headers back (cross-site tracing); `*` names the server, not a page.
 */
export function refusalFor(method: string | undefined, url: string | undefined): Refusal | null {
  const plain = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
  if (url === '*') {
    return method === 'OPTIONS'
      ? { status: 204, headers: { Allow: ALLOW_HEADER, 'Cache-Control': 'no-store' }, body: '' }
      : { status: 400, headers: plain, body: 'Bad request: "*" is only for OPTIONS.\n' }
  }
  if (!method || !(ALLOWED as readonly string[]).includes(method)) {
    return {
      status: 405,
      headers: { ...plain, Allow: ALLOW_HEADER },
      body: `Method not allowed: ${method ?? 'none'}. Allowed: ${ALLOW_HEADER}.\n`,
    }
  }
  return null
}

const guarded = new WeakSet<Server>()

/**
 * Puts the refusal in front of the server's request handlers (Next's), once per server. Called
 * from the `http.server.request.start` diagnostics message, which Node publishes just before it
 * emits `request`, so the first request is already covered.
 */
export function guardServer(server: Server): void {
  if (guarded.has(server)) return
  guarded.add(server)
  const handlers = server.listeners('request') as ((
    request: IncomingMessage,
    response: ServerResponse,
  ) => void)[]
  server.removeAllListeners('request')
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const refusal = refusalFor(request.method, request.url)
    if (!refusal) {
      for (const handler of handlers) handler.call(server, request, response)
      return
    }
    response.writeHead(refusal.status, refusal.headers)
    response.end(request.method === 'HEAD' ? undefined : refusal.body)
  })
}
