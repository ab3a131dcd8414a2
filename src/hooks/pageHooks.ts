import type { CollectionConfig } from 'payload'
import { recordCompleteTranslations } from '@/fields/translationStatus'
import type { PageCollection } from '@/queries/pageCollections'
import { slugRedirectHooks } from './redirectOldSlug'
import { revalidateAfterChange, revalidateAfterDelete } from './revalidate'

/**
 * Hooks of a collection whose documents are public pages: translation status is kept, old slugs
 * redirect, caches expire.
 */
export const pageHooks = (collection: PageCollection): CollectionConfig['hooks'] => {
  const redirects = slugRedirectHooks(collection)
  return {
    beforeChange: [recordCompleteTranslations, ...redirects.beforeChange],
    afterChange: [...redirects.afterChange, revalidateAfterChange(collection)],
    afterDelete: [...redirects.afterDelete, revalidateAfterDelete(collection)],
  }
}
