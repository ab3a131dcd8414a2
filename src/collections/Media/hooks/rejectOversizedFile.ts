import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024

/** Gives editors a readable message instead of a generic upload failure. */
export const rejectOversizedFile: CollectionBeforeValidateHook = ({ req, data }) => {
  const size = req.file?.size
  if (typeof size === 'number' && size > MAX_UPLOAD_BYTES) {
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: `The image is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Export it smaller (e.g. 2000 px wide, JPEG/WebP) and upload again.`,
        },
      ],
    })
  }
  return data
}
