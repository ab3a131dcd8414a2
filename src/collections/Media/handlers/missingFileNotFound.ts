import fs from 'node:fs'
import path from 'node:path'
import type { UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const isFile = (file: string): boolean =>
  fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false

/**
 * Payload answers 500 for a file name it has no file for (e.g. an old link to a deleted image);
 * that is the visitor's address being wrong, so answer 404. Files that exist are served by Payload.
 */
export const missingFileNotFound =
  (staticDir: string): UploadHandler =>
  (_req, { params: { filename } }) => {
    const root = path.resolve(staticDir)
    const file = path.resolve(root, filename)
    if (file.startsWith(root + path.sep) && isFile(file)) return
    return Response.json(
      { errors: [{ message: `No image named “${filename}” exists.` }] },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    )
  }
