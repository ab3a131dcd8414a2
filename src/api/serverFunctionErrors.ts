import { forbidden, notFound, unauthorized } from 'next/navigation'

/** The admin's server functions, as Payload names them (handleServerFunctions). */
export const ADMIN_SERVER_FUNCTIONS = new Set([
  'copy-data-from-locale',
  'form-state',
  'get-default-layout',
  'get-folder-results-component-and-data',
  'get-upcoming-scheduled-publish',
  'render-document',
  'render-document-slots',
  'render-field',
  'render-list',
  'render-widget',
  'schedule-publish',
  'slugify',
  'table-state',
])

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * A server function called with a name Payload does not have, or refused by access control, ends
 * as the matching 404, 403 or 401 instead of a 500 logged with its stack (probe F16). Anything
 * else is rethrown as it was.
 */
export function answerServerFunctionError(error: unknown): never {
  const status = statusOf(error)
  if (status === 401) unauthorized()
  if (status === 403) forbidden()
  // Payload's list and document views say "not here for you" with this plain error.
  if (status === 404 || (error instanceof Error && error.message === 'not-found')) notFound()
  throw error
}

export function refuseUnknownServerFunction(name: unknown): void {
  if (typeof name !== 'string' || !ADMIN_SERVER_FUNCTIONS.has(name)) notFound()
}
