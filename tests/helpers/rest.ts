/**
 * Calls the app's real REST and GraphQL route modules (the same ones Next serves under /api)
 * without starting a server.
 */
type Init = {
  method?: string
  body?: unknown
  token?: string
  /** Extra request headers, e.g. the client address the server's front door stamps. */
  headers?: Record<string, string>
}

const isRawBody = (body: unknown): body is FormData | URLSearchParams | string =>
  body instanceof FormData || body instanceof URLSearchParams || typeof body === 'string'

const headersFor = (init: Init): HeadersInit => ({
  ...(init.body !== undefined && !isRawBody(init.body)
    ? { 'Content-Type': 'application/json' }
    : {}),
  ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
  ...init.headers,
})

export async function rest(
  path: string,
  init: Init = {},
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const routes = await import('@/app/(payload)/api/[...slug]/route')
  const method = (init.method ?? 'GET').toUpperCase()
  const handler = routes[method as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE']
  const url = new URL(`http://localhost:3000/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handler(
    new Request(url, {
      method,
      headers: headersFor(init),
      body:
        init.body === undefined
          ? undefined
          : isRawBody(init.body)
            ? init.body
            : JSON.stringify(init.body),
    }),
    { params: Promise.resolve({ slug }) },
  )
  const text = await response.text()
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = text
  }
  return { status: response.status, json, headers: response.headers }
}

export async function graphql(
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; json: unknown }> {
  const { POST } = await import('@/app/(payload)/api/graphql/route')
  const response = await POST(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: headersFor({ token, body: {} }),
      body: JSON.stringify({ query, variables }),
    }),
  )
  return { status: response.status, json: await response.json() }
}
