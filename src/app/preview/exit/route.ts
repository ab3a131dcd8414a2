import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { refererPath } from '@/security/safePath'

/** Leaves preview and returns to the page it was left from, as visitors see it. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  // Only a path of this site, so this can never send anyone to another site.
  redirect(refererPath(request.headers.get('referer')))
}
