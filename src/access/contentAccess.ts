import type { CollectionConfig } from 'payload'
import { isContentEditor } from './isContentEditor'
import { publishedOrStaff } from './publishedOrStaff'

/** The spa's published content: visitors read what is published, editors and admins write. */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  create: isContentEditor,
  update: isContentEditor,
  delete: isContentEditor,
}
