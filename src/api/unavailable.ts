import type { AfterErrorHook } from 'payload'
import { DatabaseBusyError } from '@/config/writeGate'

const DISK_FULL = /SQLITE_FULL|disk is full|ENOSPC|no space left/i
/** Another process kept the database's write lock past the wait (SQLite's busy_timeout). */
const DATABASE_LOCKED = /SQLITE_BUSY|database is locked/i

function causes(error: unknown): unknown[] {
  const chain: unknown[] = []
  for (let current = error; current && chain.length < 8;) {
    chain.push(current)
    current = current instanceof Error ? current.cause : undefined
  }
  return chain
}

const says = (error: unknown, pattern: RegExp) =>
  causes(error).some(
    (link) =>
      link instanceof Error &&
      pattern.test(`${link.message} ${'code' in link ? String(link.code) : ''}`),
  )

/**
 * A full disk or a database busy past the wait is the server's trouble, not the request's, and
 * it is temporary: 503 with a sentence staff can act on instead of "Something went wrong". The
 * write layer makes sure such a save changed nothing, which is what the sentence promises.
 */
export const explainUnavailable: AfterErrorHook = ({ error }) => {
  if (says(error, DISK_FULL)) {
    return {
      status: 503,
      response: {
        errors: [
          {
            message:
              'The server’s disk is full, so nothing was saved. Try again once an administrator has made room.',
          },
        ],
      },
    }
  }
  if (
    causes(error).some((link) => link instanceof DatabaseBusyError) ||
    says(error, DATABASE_LOCKED)
  ) {
    return {
      status: 503,
      response: {
        errors: [{ message: 'The database is busy, so nothing was saved. Try again in a moment.' }],
      },
    }
  }
  return undefined
}
