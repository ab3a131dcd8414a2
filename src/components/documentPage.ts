import { notFound, permanentRedirect, redirect } from 'next/navigation'
import type { Locale } from '@/i18n/locales'
import type { Alternates } from '@/queries/slugs'

/**
 * What a document page does when its slug is not this locale's: a slug from the other language
 * moves permanently to this language's slug (or to the listing when there is no translation);
 * an unknown slug is this locale's 404.
 */
export function handleMissing(
  result: { kind: 'moved'; slug: string | null } | { kind: 'missing' },
  pathForSlug: (slug: string) => string,
  listing: string,
): never {
  if (result.kind === 'missing') notFound()
  if (result.slug) permanentRedirect(pathForSlug(result.slug))
  redirect(listing)
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
