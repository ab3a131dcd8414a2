import path from 'node:path'

/** Where uploaded photos live: MEDIA_DIR, or data/media beside the embedded database. */
export const resolveMediaDir = (env: Record<string, string | undefined> = process.env) =>
  path.resolve(process.cwd(), env.MEDIA_DIR || 'data/media')
