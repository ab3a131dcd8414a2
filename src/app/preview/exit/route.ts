import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves preview and returns to the page it was left from, as visitors see it. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const here = new URL(request.url)
  const referer = request.headers.get('referer')
  const from = referer ? new URL(referer, here) : null
  redirect(from && from.host === here.host ? from.pathname : '/')
}
