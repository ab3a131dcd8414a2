import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { fallbackLang } from '@/components/fallbackLang'
import { MediaImage } from '@/components/MediaImage'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listComparisons } from '@/queries/comparisons'
import { listingMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return listingMetadata(locale, (code) => pathFor(code, '/compare'), {
    title: 'compareTitle',
    description: 'compareDescription',
  })
}

export default async function ComparisonsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, comparisons] = await Promise.all([
    getTranslations({ locale, namespace: 'Compare' }),
    listComparisons(locale),
  ])
  return (
    <PageShell
      locale={locale}
      switchHref={pathFor(otherLocale(locale), '/compare')}
      current="massageTypes"
    >
      <div className="section section--first">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('title'), path: pathFor(locale, '/compare') }]}
        />
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        {comparisons.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ul className="grid" data-testid="comparison-list">
            {comparisons.map((comparison) => (
              <li key={comparison.id}>
                <article className="card">
                  <MediaImage
                    media={comparison.image}
                    owner={comparison}
                    ownerPath="image"
                    sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw"
                    className="card__image"
                  />
                  <div className="card__body">
                    <h2 className="card__title">
                      <a
                        className="card__link"
                        lang={fallbackLang(comparison, 'title')}
                        href={pathFor(locale, {
                          pathname: '/compare/[slug]',
                          params: { slug: comparison.slug },
                        })}
                      >
                        {comparison.title}
                      </a>
                    </h2>
                    <p lang={fallbackLang(comparison, 'intro')}>{comparison.intro}</p>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a className="button" href={pathFor(locale, '/guide')}>
            {t('guideCta')}
          </a>
        </p>
      </div>
    </PageShell>
  )
}
