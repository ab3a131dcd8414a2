import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { ComparisonView, type Row, type Verdict } from '@/components/ComparisonView'
import { handleMissing, switchTarget } from '@/components/documentPage'
import { fallbackLang } from '@/components/fallbackLang'
import { PageShell } from '@/components/PageShell'
import { buildColumn } from '@/comparisons/columns'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { getComparisonPage } from '@/queries/comparisons'
import { getSiteSettings } from '@/queries/siteSettings'
import { documentMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const comparisonPath = (locale: Locale) => (slug: string) =>
  pathFor(locale, { pathname: '/compare/[slug]', params: { slug } })

// Rendered on first request, then served from cache until any compared document changes.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const page = await getComparisonPage(locale, slug)
  if (page.kind !== 'found') return {}
  const { comparison } = page
  return documentMetadata({
    locale,
    slug,
    alternates: page.alternates,
    pathFor: comparisonPath,
    title: comparison.meta?.title || comparison.title,
    description: comparison.meta?.description || comparison.intro,
    image: comparison.meta?.image || comparison.image,
  })
}

export default async function ComparisonPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const page = await getComparisonPage(locale, slug)
  if (page.kind !== 'found') return handleMissing(page, comparisonPath(locale))

  const { comparison, subjects, alternates } = page
  const [t, nav, settings, columns] = await Promise.all([
    getTranslations({ locale, namespace: 'Compare' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getSiteSettings(locale),
    Promise.all(subjects.map((subject) => buildColumn(subject, locale))),
  ])
  const lang = (path: string) => fallbackLang(comparison, path)
  const rows: Row[] = (comparison.rows ?? []).map((row, index) => ({
    attribute: row.attribute,
    note: row.note,
    noteLang: lang(`rows.${index}.note`),
  }))
  const verdicts: Record<string, Verdict> = {}
  ;(comparison.items ?? []).forEach((item, index) => {
    const target = comparison.kind === 'services' ? item.service : item.modality
    const id = target && typeof target === 'object' ? target.id : target
    if (id) verdicts[id] = { text: item.verdict, lang: lang(`items.${index}.verdict`) }
  })
  const other = otherLocale(locale)

  return (
    <PageShell
      locale={locale}
      switchHref={switchTarget(
        alternates,
        other,
        comparisonPath(other),
        pathFor(other, '/compare'),
      )}
      current="massageTypes"
    >
      <article className="section section--first detail">
        <Breadcrumbs
          locale={locale}
          items={[
            { name: nav('compare'), path: pathFor(locale, '/compare') },
            { name: comparison.title, path: comparisonPath(locale)(slug), lang: lang('title') },
          ]}
        />
        <h1 lang={lang('title')}>{comparison.title}</h1>
        <p className="lead detail__intro" lang={lang('intro')}>
          {comparison.intro}
        </p>
        <ComparisonView
          locale={locale}
          columns={columns}
          rows={rows}
          verdicts={verdicts}
          whatsapp={settings.whatsapp}
        />
        {comparison.faq && comparison.faq.length > 0 && (
          <section aria-labelledby="faq-heading">
            <h2 id="faq-heading">{t('faqHeading')}</h2>
            <div className="faq">
              {comparison.faq.map((entry, index) => (
                <details key={entry.id ?? index} className="disclosure">
                  <summary lang={lang(`faq.${index}.question`)}>{entry.question}</summary>
                  <div className="disclosure__body">
                    <p lang={lang(`faq.${index}.answer`)}>{entry.answer}</p>
                  </div>
                </details>
              ))}
            </div>
          </section>
        )}
        <p className="detail__section">
          <a className="button button--secondary" href={pathFor(locale, '/guide')}>
            {t('guideCta')}
          </a>
        </p>
      </article>
    </PageShell>
  )
}
