import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'
import { LOCALES } from '@/i18n/locales'
import { contentTag } from '@/queries/tags'

/**
 * Expire the cached pages that read this collection, in every locale. Outside a Next.js server
 * (seed script, tests on the Local API) there is no cache to expire, which Next reports by throwing.
 */
export function expireContent(source: string): void {
  for (const locale of LOCALES) {
    try {
      revalidateTag(contentTag(source, locale), { expire: 0 })
    } catch (error) {
      if (
        !(error instanceof Error) ||
        !/static generation store|outside a request|Invariant/i.test(error.message)
      ) {
        throw error
      }
    }
  }
}

export const revalidateAfterChange =
  (source: string): CollectionAfterChangeHook =>
  ({ doc, context }) => {
    if (!context.disableRevalidate) expireContent(source)
    return doc
  }

export const revalidateAfterDelete =
  (source: string): CollectionAfterDeleteHook =>
  ({ doc, context }) => {
    if (!context.disableRevalidate) expireContent(source)
    return doc
  }

export const revalidateGlobal =
  (source: string): GlobalAfterChangeHook =>
  ({ doc, context }) => {
    if (!context.disableRevalidate) expireContent(source)
    return doc
  }

export const revalidationHooks = (source: string) => ({
  afterChange: [revalidateAfterChange(source)],
  afterDelete: [revalidateAfterDelete(source)],
})
