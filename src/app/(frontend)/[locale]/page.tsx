import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { RenderBlocks } from '@/blocks/RenderBlocks'
import { PageShell } from '@/components/PageShell'
import { SpaJsonLd } from '@/components/SpaJsonLd'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { getPageContent } from '@/queries/pages'
import { listServices } from '@/queries/services'
import { getSiteSettings } from '@/queries/siteSettings'
import { pageDescription } from '@/seo/pageDescription'
import { pageMetadata, staticPaths } from '@/seo/pageMetadata'
import { relationId } from '@/queries/populated'

type Props = { params: Promise<{ locale: Locale }> }

/** The page the editors chose as the home page (site settings), in this language. */
async function homePage(locale: Locale) {
  const settings = await getSiteSettings(locale)
  const id = relationId(settings.homePage)
  return { settings, page: id ? await getPageContent(locale, id) : null }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const [{ settings, page }, t] = await Promise.all([
    homePage(locale),
    getTranslations({ locale, namespace: 'Meta' }),
  ])
  return pageMetadata({
    locale,
    title: page?.meta?.title || settings.defaultSeo?.title || settings.spaName,
    description:
      page?.meta?.description ||
      settings.defaultSeo?.description ||
      (page ? pageDescription(page) : t('homeDescription')),
    paths: staticPaths((code) => pathFor(code, '/')),
    image: page?.meta?.image,
    absoluteTitle: true,
  })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [{ settings, page }, services] = await Promise.all([homePage(locale), listServices(locale)])
  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/')} current="home">
      <SpaJsonLd settings={settings} locale={locale} services={services} />
      {page ? (
        <RenderBlocks page={page} locale={locale} settings={settings} />
      ) : (
        <div className="section section--first">
          <h1>{settings.spaName}</h1>
        </div>
      )}
    </PageShell>
  )
}
