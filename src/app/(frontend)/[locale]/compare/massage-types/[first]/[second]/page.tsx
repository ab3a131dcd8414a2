import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { ComparisonView, type Row } from '@/components/ComparisonView'
import { PageShell } from '@/components/PageShell'
import { COMPARISON_ATTRIBUTES } from '@/comparisons/attributes'
import { buildColumn } from '@/comparisons/columns'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { getAdHocComparison, type AdHocComparison } from '@/queries/comparisons'
import { getSiteSettings } from '@/queries/siteSettings'
import { pageMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ locale: Locale; first: string; second: string }> }

const adHocPath = (locale: Locale, first: string, second: string) =>
  pathFor(locale, {
    pathname: '/compare/massage-types/[first]/[second]',
    params: { first, second },
  })

// Any pair, rendered on first request and cached like every other page.
export const generateStaticParams = () => []

const pathsOf = (found: Extract<AdHocComparison, { kind: 'found' }>) => {
  const paths: Partial<Record<Locale, string>> = {}
  for (const code of ['en', 'id'] as const) {
    const first = found.slugs.first[code]
    const second = found.slugs.second[code]
    if (first && second) paths[code] = adHocPath(code, first, second)
  }
  return paths
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, first, second } = await params
  const found = await getAdHocComparison(locale, first, second)
  if (found.kind !== 'found') return {}
  const t = await getTranslations({ locale, namespace: 'Compare' })
  const [a, b] = found.subjects
  return pageMetadata({
    locale,
    title: t('adHocTitle', { first: a?.modality.name ?? '', second: b?.modality.name ?? '' }),
    description: t('adHocIntro'),
    paths: pathsOf(found),
    // Only editorial comparisons are meant for search results.
    noindex: true,
  })
}

export default async function AdHocComparisonPage({ params }: Props) {
  const { locale, first, second } = await params
  setRequestLocale(locale)
  const found = await getAdHocComparison(locale, first, second)
  if (found.kind === 'missing') notFound()
  if (found.kind === 'editorial') {
    permanentRedirect(
      pathFor(locale, { pathname: '/compare/[slug]', params: { slug: found.slug } }),
    )
  }
  if (found.kind === 'moved') permanentRedirect(adHocPath(locale, found.first, found.second))

  const [t, nav, settings, columns] = await Promise.all([
    getTranslations({ locale, namespace: 'Compare' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getSiteSettings(locale),
    Promise.all(found.subjects.map((subject) => buildColumn(subject, locale))),
  ])
  const title = t('adHocTitle', {
    first: columns[0]?.name ?? '',
    second: columns[1]?.name ?? '',
  })
  const rows: Row[] = COMPARISON_ATTRIBUTES.map((attribute) => ({ attribute }))
  const other = otherLocale(locale)

  return (
    <PageShell
      locale={locale}
      switchHref={pathsOf(found)[other] ?? pathFor(other, '/compare')}
      current="massageTypes"
    >
      <article className="section section--first detail">
        <Breadcrumbs
          locale={locale}
          items={[
            { name: nav('compare'), path: pathFor(locale, '/compare') },
            { name: title, path: adHocPath(locale, first, second) },
          ]}
        />
        <h1>{title}</h1>
        <p className="lead">{t('adHocIntro')}</p>
        <ComparisonView
          locale={locale}
          columns={columns}
          rows={rows}
          whatsapp={settings.whatsapp}
        />
        <p>
          <a href={pathFor(locale, '/guide')}>{t('guideCta')}</a>
        </p>
      </article>
    </PageShell>
  )
}
