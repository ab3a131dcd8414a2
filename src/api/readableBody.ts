import { MAX_UPLOAD_BYTES } from '@/collections/Media/hooks/rejectOversizedFile'

const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT'])

/** JSON and forms: the longest page with all its blocks is a few hundred KB. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024
/** A photo upload at its limit, with room for the other fields. */
const MAX_MULTIPART_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024
/** No document here is nested anywhere near this; a parser recursing 100,000 deep is. */
const MAX_NESTING = 64

/** The body's bytes, or null as soon as it passes `limit` (chunked bodies announce no length). */
async function readUpTo(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      // Not awaited: cancelling one branch of a cloned body settles only once both are.
      reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** How deep arrays and objects nest in JSON text, strings skipped. */
function nestingOf(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index += 1
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth)
    else if (char === ']' || char === '}') depth -= 1
  }
  return deepest
}

const json = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

// A body is announced by its length, or by a content type or chunked transfer without one.
const hasBody = (request: Request) => {
  const length = request.headers.get('content-length')
  if (length !== null) return Number(length) > 0
  return request.headers.has('transfer-encoding') || request.headers.has('content-type')
}

// Payload's admin sends long list queries as a form-encoded POST that stands for a GET.
const standsForGet = (request: Request) =>
  request.headers.get('x-payload-http-method-override') === 'GET' ||
  request.headers.get('x-http-method-override') === 'GET'

/** Endpoints that take a plain HTML form post. */
/** The site's plain HTML forms: the booking request and a guest cancelling their own. */
const FORM_POST_PATHS = new Set(['/api/inquiries/form', '/api/inquiries/cancel'])

const LOCALE_VALUES = ['en', 'id', 'all']
const FALLBACK_VALUES = ['en', 'id', 'none', 'null', 'false']

/** Payload quietly uses English for a language it does not know; writing the wrong one is worse. */
function refuseUnknownLocale(url: URL): Response | null {
  const locale = url.searchParams.get('locale')
  const fallback = url.searchParams.get('fallback-locale')
  if (locale !== null && !LOCALE_VALUES.includes(locale)) {
    return json(400, `Unknown locale "${locale}": use en, id or all.`)
  }
  if (fallback !== null && !FALLBACK_VALUES.includes(fallback)) {
    return json(400, `Unknown fallback-locale "${fallback}": use en, id or none.`)
  }
  // `where=abc`: Payload fails on a plain value before any hook can look at it (probe F3).
  if (url.searchParams.has('where')) {
    return json(400, 'where: expected conditions, e.g. where[name][equals]=…')
  }
  return null
}

/**
 * Payload reads a body it cannot parse as "no data" and then fails with a 500 (a text/plain or
 * form-encoded create, a create with no body, a JSON string or null), or applies a JSON array to
 * a document. Say what it needs instead: 415 for the wrong kind of body, 400 for a missing or
 * malformed one. Returns null when the request may go on.
 */
export async function refuseUnreadableRequest(
  request: Request,
  collections: readonly string[],
): Promise<Response | null> {
  const url = new URL(request.url)
  const unknownLocale = refuseUnknownLocale(url)
  if (unknownLocale || !BODY_METHODS.has(request.method.toUpperCase())) return unknownLocale
  const type = mediaType(request)
  if (!hasBody(request)) {
    const createsDocument =
      request.method.toUpperCase() === 'POST' &&
      collections.some((slug) => url.pathname === `/api/${slug}`)
    return createsDocument
      ? json(
          400,
          'The request has no body: send the document as JSON (Content-Type: application/json).',
        )
      : null
  }
  const limit = type === 'multipart/form-data' ? MAX_MULTIPART_BYTES : MAX_BODY_BYTES
  const declared = Number(request.headers.get('content-length') ?? 0)
  const raw = declared > limit ? null : await readUpTo(request.clone(), limit)
  if (raw === null) {
    return json(
      413,
      `The body is larger than ${Math.round(limit / 1024)} KB, more than this site ever needs.`,
    )
  }
  if (type === 'application/json') {
    const text = new TextDecoder().decode(raw)
    if (nestingOf(text) > MAX_NESTING) {
      return json(400, `The JSON is nested more than ${MAX_NESTING} levels deep.`)
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return json(400, 'The body is not valid JSON.')
    }
    return body !== null && typeof body === 'object' && !Array.isArray(body)
      ? null
      : json(400, 'The body must be a JSON object, e.g. {"name": "…"}.')
  }
  const accepted =
    type === 'multipart/form-data' ||
    (type === 'application/x-www-form-urlencoded' &&
      (standsForGet(request) || FORM_POST_PATHS.has(url.pathname)))
  if (!accepted) {
    return json(
      415,
      `Content-Type ${type || '(none)'} is not accepted here: send JSON (application/json), or multipart/form-data for file uploads.`,
    )
  }
  if (type === 'multipart/form-data') {
    const parsed = await new Response(raw, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    })
      .formData()
      .catch(() => null)
    if (!parsed) return json(400, 'The multipart body is malformed (boundary or parts).')
  }
  return null
}
