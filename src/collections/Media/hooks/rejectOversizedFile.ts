import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'
import { say } from '@/admin/adminLanguage'

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024

/**
 * Gives editors a readable message instead of a generic upload failure. Runs before Payload
 * converts the upload to WebP, so it sees the size of the file as sent.
 */
export const rejectOversizedFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const size = req.file?.size
  if (
    (operation === 'create' || operation === 'update') &&
    typeof size === 'number' &&
    size > MAX_UPLOAD_BYTES
  ) {
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: say(req, {
            en: `The image is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit. Export it smaller (e.g. 2000 px wide, JPEG or WebP) and upload it again.`,
            id: `Gambar ini lebih besar dari batas ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Ekspor dalam ukuran lebih kecil (mis. lebar 2000 px, JPEG atau WebP), lalu unggah lagi.`,
          }),
        },
      ],
    })
  }
  return args
}
