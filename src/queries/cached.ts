import { unstable_cache } from 'next/cache'
import type { Locale } from '@/i18n/locales'
import { previewingUser, runInPreview } from './preview'
import { contentTag } from './tags'

/**
 * Caches a published-content read for one locale. The cache key includes the locale and the
 * arguments; the tags name every collection the read depends on, so a change to any of them
 * (in either language) expires it. Drafts are never cached: a logged-in member of staff in
 * draft mode reads the latest drafts directly.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  sources: string[] | ((...args: Args) => string[]),
  read: (locale: Locale, ...args: Args) => Promise<Result>,
  /**
   * For reads keyed by an address: whether the arguments can name anything at all. When they
   * cannot, the read runs uncached, so made-up addresses add no cache entries.
   */
  worthCaching?: (...args: Args) => Promise<boolean>,
) {
  return async (locale: Locale, ...args: Args): Promise<Result> => {
    const previewer = await previewingUser()
    if (previewer) return runInPreview(previewer, () => read(locale, ...args))
    if (worthCaching && !(await worthCaching(...args))) return read(locale, ...args)
    return unstable_cache(
      () => read(locale, ...args),
      [process.env.CONTENT_CACHE_VERSION ?? 'dev', name, locale, JSON.stringify(args)],
      {
        tags: (typeof sources === 'function' ? sources(...args) : sources).map((source) =>
          contentTag(source, locale),
        ),
      },
    )()
  }
}
