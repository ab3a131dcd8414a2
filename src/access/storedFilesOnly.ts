import type { Access } from 'payload'

/**
 * Anyone may see the photos, but a file is served only when a stored photo names it: a file a
 * failed upload left behind (a full disk truncates it) is not anyone's photo and answers 404
 * instead of serving half an image (probe F10). Reads of the records themselves stay open.
 */
export const storedFilesOnly: Access = ({ isReadingStaticFile }) =>
  isReadingStaticFile ? { filename: { exists: true } } : true
