import type { FieldHook } from 'payload'

/**
 * The uploader is whoever is logged in when the file is created and never changes afterwards,
 * whatever a request sends; marketing staff may delete their own uploads only.
 */
export const recordUploader: FieldHook = ({ operation, req, value, originalDoc }) => {
  if (operation === 'create') return req.user?.id ?? value
  return (originalDoc as { uploadedBy?: unknown } | undefined)?.uploadedBy ?? null
}
