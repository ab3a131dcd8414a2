import type { SanitizedConfig } from 'payload'

const notFound = (message: string) => Response.json({ errors: [{ message }] }, { status: 404 })

/**
 * Routes Payload answers with a server error or a 501 that repeats its internal address: the
 * versions of a collection or global that keeps none, e-mail verification on accounts that are
 * never verified by mail, and paths no endpoint serves. They are simply not there: 404.
 */
export function refuseRoutesThatAreNotThere(url: URL, config: SanitizedConfig): Response | null {
  const parts = url.pathname.replace(/^\/api\//, '').split('/')
  if (parts[0] === 'globals') {
    const global = config.globals.find((candidate) => candidate.slug === parts[1])
    if (global && parts[2] === 'versions' && !global.versions) {
      return notFound(`${global.slug} keeps no versions.`)
    }
    return null
  }
  const collection = config.collections.find((candidate) => candidate.slug === parts[0])
  if (!collection) return null
  if (parts[1] === 'versions' && !collection.versions) {
    return notFound(`${collection.slug} keeps no versions.`)
  }
  if (parts[1] === 'verify' && !(collection.auth && collection.auth.verify)) {
    return notFound('Accounts here are not verified by email.')
  }
  return null
}

/** Payload's "Cannot GET http://localhost:3000/api/…" (501) for a path no endpoint serves. */
export async function withoutInternalAddress(response: Response): Promise<Response> {
  if (response.status !== 501) return response
  return notFound('There is no such API route.')
}
