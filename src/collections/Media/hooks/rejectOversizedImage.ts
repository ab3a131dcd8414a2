import { adminLanguage, groupNumber, say } from '@/admin/adminLanguage'
import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'
import sharp from 'sharp'

/** 40 megapixels: e.g. 8000 × 5000, more than any photo the site shows needs. */
export const MAX_UPLOAD_PIXELS = 40_000_000

const fileError = (message: string) =>
  new ValidationError({ collection: 'media', errors: [{ path: 'file', message }] })

/**
 * A small file can still be a huge picture (a 16,000 × 16,000 PNG compresses to under 1 MB) and
 * resizing it would hold a gigabyte of memory for seconds. Reads only the image header, before
 * Payload decodes anything.
 */
export const rejectOversizedImage: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const input = file.data?.length ? file.data : file.tempFilePath
  if (!input) return args
  let width: number | undefined
  let height: number | undefined
  try {
    ;({ width, height } = await sharp(input, { limitInputPixels: false }).metadata())
  } catch {
    throw fileError(
      say(req, {
        en: 'This file could not be read as an image. Save it again as JPEG, PNG or WebP.',
        id: 'File ini tidak dapat dibaca sebagai gambar. Simpan ulang sebagai JPEG, PNG, atau WebP.',
      }),
    )
  }
  if (width && height && width * height > MAX_UPLOAD_PIXELS) {
    const language = adminLanguage(req)
    const [w, h] = [groupNumber(width, language), groupNumber(height, language)]
    const megapixels = Math.round((width * height) / 1e6)
    const limit = MAX_UPLOAD_PIXELS / 1e6
    throw fileError(
      language === 'id'
        ? `Gambar ini berukuran ${w} × ${h} piksel (${megapixels} megapiksel); batasnya ${limit} megapiksel. Ekspor salinan yang lebih kecil, mis. lebar 3000 px, lalu unggah lagi.`
        : `The image is ${w} × ${h} pixels (${megapixels} megapixels); the limit is ${limit} megapixels. Export a smaller copy, e.g. 3000 px wide, and upload it again.`,
    )
  }
  return args
}
