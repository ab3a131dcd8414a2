import { NextResponse, type NextRequest } from 'next/server'

/** The admin's server actions (Payload's form state); a document's whole form fits easily. */
export const SERVER_ACTION_BODY_LIMIT = 4 * 1024 * 1024

const refuse = (status: number, message: string) =>
  new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * Runs only for server-action requests to the admin (see the matcher): Next.js answers a body
 * over its limit, or a text body React did not write, with a 500, so refuse those here first.
 * Public pages never reach this.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const length = request.headers.get('content-length')
  if (length === null && request.headers.has('transfer-encoding')) {
    return refuse(411, 'Send the request with a Content-Length header.')
  }
  if (Number(length) > SERVER_ACTION_BODY_LIMIT) {
    return refuse(413, `The request is larger than ${SERVER_ACTION_BODY_LIMIT / 1024 / 1024} MB.`)
  }
  // React sends simple arguments as JSON text and the rest as multipart form data.
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('text/plain') && !isJson(await request.text())) {
    return refuse(400, 'The server action arguments are not readable.')
  }
  return NextResponse.next()
}

export const config = {
  matcher: [{ source: '/admin/:path*', has: [{ type: 'header', key: 'next-action' }] }],
}
