import type { CollectionConfig } from 'payload'
import type { PageCollection } from '@/queries/pageCollections'
import { slugRedirectHooks } from './redirectOldSlug'
import { revalidateAfterChange, revalidateAfterDelete } from './revalidate'

/** Hooks of a collection whose documents are public pages: old slugs redirect, caches expire. */
export const pageHooks = (collection: PageCollection): CollectionConfig['hooks'] => {
  const redirects = slugRedirectHooks(collection)
  return {
    beforeChange: redirects.beforeChange,
    afterChange: [...redirects.afterChange, revalidateAfterChange(collection)],
    afterDelete: [...redirects.afterDelete, revalidateAfterDelete(collection)],
  }
}
