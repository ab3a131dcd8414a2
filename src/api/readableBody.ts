const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT'])

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
  if (type === 'application/json') {
    const body: unknown = await request
      .clone()
      .json()
      .catch(() => undefined)
    if (body === undefined) return json(400, 'The body is not valid JSON.')
    return body !== null && typeof body === 'object' && !Array.isArray(body)
      ? null
      : json(400, 'The body must be a JSON object, e.g. {"name": "…"}.')
  }
  const accepted =
    type === 'multipart/form-data' ||
    (type === 'application/x-www-form-urlencoded' &&
      (standsForGet(request) || FORM_POST_PATHS.has(url.pathname)))
  return accepted
    ? null
    : json(
        415,
        `Content-Type ${type || '(none)'} is not accepted here: send JSON (application/json), or multipart/form-data for file uploads.`,
      )
}
