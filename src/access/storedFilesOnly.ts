import fs from 'node:fs'
import path from 'node:path'
import type { Access } from 'payload'
import { resolveMediaDir } from '@/config/mediaDir'

const onDisk = (filename: unknown): boolean => {
  if (typeof filename !== 'string') return false
  const root = path.resolve(resolveMediaDir())
  const file = path.resolve(root, filename)
  return file.startsWith(root + path.sep) && fs.existsSync(file)
}

/**
 * Anyone may see the photos, but a file on disk is served only when a stored photo names it: a
 * file a failed upload left behind (a full disk truncates it) is not anyone's photo and is refused
 * instead of serving half an image (probe F10). A name with no file at all goes on to the
 * "no such image" 404; reads of the records themselves stay open.
 */
export const storedFilesOnly: Access = ({ data, isReadingStaticFile }) =>
  isReadingStaticFile && onDisk((data as { filename?: unknown } | undefined)?.filename)
    ? { filename: { exists: true } }
    : true
