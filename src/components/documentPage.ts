import { notFound, permanentRedirect } from 'next/navigation'
import type { Locale } from '@/i18n/locales'
import type { Alternates } from '@/queries/slugs'

/**
 * What a document page does when its slug is not this locale's: a slug from the other language
 * moves permanently to this language's slug; an unknown slug is this locale's 404.
 */
export function handleMissing(
  result: { kind: 'moved'; slug: string } | { kind: 'missing' },
  pathForSlug: (slug: string) => string,
): never {
  if (result.kind === 'missing') notFound()
  permanentRedirect(pathForSlug(result.slug))
}

/** The language switcher's target: the same document in the other language, else that listing. */
export function switchTarget(
  alternates: Alternates,
  target: Locale,
  pathForSlug: (slug: string) => string,
  listing: string,
): string {
  const slug = alternates[target]
  return slug ? pathForSlug(slug) : listing
}
