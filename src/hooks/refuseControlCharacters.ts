import {
  ValidationError,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type GlobalBeforeValidateHook,
  type GlobalConfig,
} from 'payload'

// Tab and line breaks are text; the other C0 controls and DEL are not, and a NUL would cut the
// stored text short without a word.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** The dotted path of the first string in `value` with a control character, if any. */
export function findControlCharacter(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path.join('.') : null
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findControlCharacter(item, [...path, String(index)])
      if (found !== null) return found
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findControlCharacter(item, [...path, key])
      if (found !== null) return found
    }
  }
  return null
}

const refuse = (data: unknown, collection?: string, global?: string) => {
  const path = findControlCharacter(data)
  if (path === null) return
  throw new ValidationError({
    ...(collection ? { collection } : { global }),
    errors: [
      {
        path,
        message: `This text contains an invisible control character (such as U+0000). Remove it, e.g. by typing the text again, and save.`,
      },
    ],
  })
}

const collectionHook =
  (slug: string): CollectionBeforeValidateHook =>
  ({ data }) => {
    refuse(data, slug)
    return data
  }

const globalHook =
  (slug: string): GlobalBeforeValidateHook =>
  ({ data }) => {
    refuse(data, undefined, slug)
    return data
  }

/** Refuses control characters in every text of a collection, on every way in. */
export const withoutControlCharacters = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeValidate: [collectionHook(collection.slug), ...(collection.hooks?.beforeValidate ?? [])],
  },
})

export const globalWithoutControlCharacters = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeValidate: [globalHook(global.slug), ...(global.hooks?.beforeValidate ?? [])],
  },
})
