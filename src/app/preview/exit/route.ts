import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves preview and returns to the page it was left from, as visitors see it. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const referer = request.headers.get('referer')
  // Only the path is kept, so this can never send anyone to another site.
  redirect(referer ? new URL(referer, 'http://site.invalid').pathname : '/')
}
