import type { CollectionConfig } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { storedFilesOnly } from '@/access/storedFilesOnly'
import { contentEditorOrOwnUpload } from '@/access/contentEditorOrOwnUpload'
import { isStaff } from '@/access/isStaff'
import { resolveMediaDir } from '@/config/mediaDir'
import { recordCompleteTranslations, translationStatusField } from '@/fields/translationStatus'
import { revalidationHooks } from '@/hooks/revalidate'
import { missingFileNotFound } from './handlers/missingFileNotFound'
import { recordUploader } from './hooks/recordUploader'
import { rejectOversizedFile } from './hooks/rejectOversizedFile'
import { rejectOversizedImage } from './hooks/rejectOversizedImage'

const STATIC_DIR = resolveMediaDir()

export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']

export const Media: CollectionConfig = {
  slug: 'media',
  admin: {
    group: GROUPS.content,
    hidden: visibleOnlyTo('admin', 'editor', 'marketing'),
    defaultColumns: ['filename', 'alt', 'missingTranslations', 'updatedAt'],
  },
  access: {
    read: storedFilesOnly,
    create: isStaff,
    update: isStaff,
    delete: contentEditorOrOwnUpload,
  },
  hooks: {
    beforeOperation: [rejectOversizedFile, rejectOversizedImage],
    beforeChange: [recordCompleteTranslations],
    ...revalidationHooks('media'),
  },
  upload: {
    staticDir: STATIC_DIR,
    handlers: [missingFileNotFound(STATIC_DIR)],
    mimeTypes: IMAGE_MIME_TYPES,
    focalPoint: true,
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: { format: 'webp' } },
      { name: 'card', width: 800, height: 600, formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp' } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      admin: {
        description: {
          en: 'Describe the image for people who cannot see it, in this language.',
          id: 'Jelaskan gambar ini untuk orang yang tidak dapat melihatnya, dalam bahasa ini.',
        },
      },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeChange: [recordUploader] },
    },
    translationStatusField(),
  ],
}
