import type { TextFieldSingleValidation } from 'payload'
import { say } from '@/admin/adminLanguage'
import { slugField } from '@/fields/slug'
import { RESERVED_SLUGS } from '../reservedSlugs'

const unique = slugField('title').validate as TextFieldSingleValidation

/** A page's slug is unique in its language and is not one of the site's own section words. */
export const notReservedSlug: TextFieldSingleValidation = async (value, options) => {
  if (typeof value === 'string' && RESERVED_SLUGS.has(value)) {
    return say(options.req, {
      en: `"${value}" is already an address of the site. Choose a different slug.`,
      id: `"${value}" sudah menjadi alamat situs. Pilih slug lain.`,
    })
  }
  return unique(value, options)
}
