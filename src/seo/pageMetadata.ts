import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'
import { getSiteSettings } from '@/queries/siteSettings'
import { absoluteUrl } from './siteUrl'

const OG_LOCALE: Record<Locale, string> = { en: 'en_US', id: 'id_ID' }

type Args = {
  locale: Locale
  title: string
  description: string
  /** This page's address in each language it exists in (null or missing: not published there). */
  paths: Partial<Record<Locale, string | null>>
  image?: Media | string | null
  /** The page title is complete; do not append the spa name. */
  absoluteTitle?: boolean
  noindex?: boolean
}

const imageUrl = (image: Media | string | null | undefined) =>
  image && typeof image === 'object' && image.url
    ? absoluteUrl(new URL(image.url, 'http://relative.invalid').pathname)
    : undefined

/**
 * Title, description, a self-referencing canonical, hreflang alternates (each language's own
 * address plus x-default), Open Graph and Twitter cards, for one page in one language.
 */
export async function pageMetadata({
  locale,
  title,
  description,
  paths,
  image,
  absoluteTitle,
  noindex,
}: Args): Promise<Metadata> {
  const settings = await getSiteSettings(locale)
  const self = paths[locale]
  const languages = Object.fromEntries(
    LOCALES.flatMap((code) => (paths[code] ? [[code, absoluteUrl(paths[code] as string)]] : [])),
  )
  const xDefault = paths[DEFAULT_LOCALE] ?? self
  const fullTitle = absoluteTitle ? title : `${title} · ${settings.spaName}`
  const ogImage =
    imageUrl(image) ?? imageUrl(settings.defaultSeo?.image) ?? absoluteUrl('/og-image.png')
  const otherLocales = LOCALES.filter((code) => code !== locale && paths[code])

  return {
    title: { absolute: fullTitle },
    description,
    alternates: self
      ? {
          canonical: absoluteUrl(self),
          languages: { ...languages, ...(xDefault ? { 'x-default': absoluteUrl(xDefault) } : {}) },
        }
      : undefined,
    robots: noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: 'website',
      siteName: settings.spaName,
      title: fullTitle,
      description,
      url: self ? absoluteUrl(self) : undefined,
      locale: OG_LOCALE[locale],
      alternateLocale: otherLocales.map((code) => OG_LOCALE[code]),
      images: ogImage ? [{ url: ogImage }] : undefined,
    },
    twitter: {
      card: ogImage ? 'summary_large_image' : 'summary',
      title: fullTitle,
      description,
      images: ogImage ? [ogImage] : undefined,
    },
  }
}

/** Each language's address of a document page, from its slugs (null where it is not translated). */
export const documentPaths = (
  alternates: Record<Locale, string | null>,
  pathFor: (locale: Locale) => (slug: string) => string,
): Record<Locale, string | null> =>
  Object.fromEntries(
    LOCALES.map((code) => [
      code,
      alternates[code] ? pathFor(code)(alternates[code] as string) : null,
    ]),
  ) as Record<Locale, string | null>

/** A static page's address in every language. */
export const staticPaths = (pathFor: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((code) => [code, pathFor(code)])) as Record<Locale, string>

type DocumentArgs = Omit<Args, 'paths' | 'noindex' | 'absoluteTitle'> & {
  slug: string
  alternates: Record<Locale, string | null>
  pathFor: (locale: Locale) => (slug: string) => string
}

/**
 * A document page. Not translated yet, it is shown in this language with English text at its
 * English slug: only the translated versions are indexed and linked as alternates.
 */
export function documentMetadata({ slug, alternates, pathFor, ...rest }: DocumentArgs) {
  const paths = documentPaths(alternates, pathFor)
  const translated = Boolean(alternates[rest.locale])
  return pageMetadata({
    ...rest,
    paths: translated ? paths : { ...paths, [rest.locale]: pathFor(rest.locale)(slug) },
    noindex: !translated,
  })
}

/** A listing page whose title and description are UI strings in messages/ (namespace Meta). */
export async function listingMetadata(
  locale: Locale,
  pathFor: (locale: Locale) => string,
  keys: { title: string; description: string },
) {
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return pageMetadata({
    locale,
    title: t(keys.title),
    description: t(keys.description),
    paths: staticPaths(pathFor),
  })
}
