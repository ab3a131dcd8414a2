import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { RenderBlocks } from '@/blocks/RenderBlocks'
import { handleMissing, switchTarget } from '@/components/documentPage'
import { PageShell } from '@/components/PageShell'
import { documentPath } from '@/i18n/documentPaths'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { getPage } from '@/queries/pages'
import { getSiteSettings } from '@/queries/siteSettings'
import { documentMetadata } from '@/seo/pageMetadata'
import { pageDescription } from '@/seo/pageDescription'
import { relationId } from '@/queries/populated'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const pagePath = (locale: Locale) => (slug: string) => documentPath('pages', locale, slug)

// Rendered on first request, then cached until the page (in this language) is published again.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const result = await getPage(locale, slug)
  if (result.kind !== 'found') return {}
  const { page } = result
  return documentMetadata({
    locale,
    slug,
    alternates: result.alternates,
    pathFor: pagePath,
    title: page.meta?.title || page.title,
    description: page.meta?.description || pageDescription(page),
    image: page.meta?.image,
  })
}

export default async function EditorPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [result, settings] = await Promise.all([getPage(locale, slug), getSiteSettings(locale)])
  if (result.kind !== 'found') return handleMissing(result, pagePath(locale))
  const { page, alternates } = result
  // The home page lives at /en and /id; its own slug is only a way into the editor's preview.
  if (relationId(settings.homePage) === page.id) permanentRedirect(pathFor(locale, '/'))
  const other = otherLocale(locale)
  return (
    <PageShell
      locale={locale}
      switchHref={switchTarget(alternates, other, pagePath(other), pathFor(other, '/'))}
    >
      <RenderBlocks page={page} locale={locale} settings={settings} />
    </PageShell>
  )
}
