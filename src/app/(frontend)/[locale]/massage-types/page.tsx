import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { fallbackLang } from '@/components/fallbackLang'
import { MediaImage } from '@/components/MediaImage'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listingMetadata } from '@/seo/pageMetadata'
import { listModalities } from '@/queries/modalities'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return listingMetadata(locale, (code) => pathFor(code, '/massage-types'), {
    title: 'modalitiesTitle',
    description: 'modalitiesDescription',
  })
}

export default async function ModalitiesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, m, common, targets, modalities] = await Promise.all([
    getTranslations({ locale, namespace: 'Modalities' }),
    getTranslations({ locale, namespace: 'Modality' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'Targets' }),
    listModalities(locale),
  ])
  return (
    <PageShell
      locale={locale}
      switchHref={pathFor(otherLocale(locale), '/massage-types')}
      current="massageTypes"
    >
      <div className="section">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('title'), path: pathFor(locale, '/massage-types') }]}
        />
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <ul className="card-grid card-grid--two">
          {modalities.map((modality) => (
            <li key={modality.id}>
              <article className="card">
                <MediaImage
                  media={modality.image}
                  owner={modality}
                  ownerPath="image"
                  sizes="(min-width: 40rem) 45vw, 100vw"
                  className="card__image"
                />
                <div className="card__body">
                  <h2 className="card__title">
                    <a
                      className="card__link"
                      href={pathFor(locale, {
                        pathname: '/massage-types/[slug]',
                        params: { slug: modality.slug },
                      })}
                      lang={fallbackLang(modality, 'name')}
                    >
                      {modality.name}
                    </a>
                  </h2>
                  <p className="eyebrow" lang={fallbackLang(modality, 'tagline')}>
                    {modality.tagline}
                  </p>
                  <p lang={fallbackLang(modality, 'summary')}>{modality.summary}</p>
                  <p className="muted">
                    {m('targetHeading')}: {targets(modality.target)}
                  </p>
                  <p className="card__more" aria-hidden="true">
                    {common('learnMore')} →
                  </p>
                </div>
              </article>
            </li>
          ))}
        </ul>
      </div>
    </PageShell>
  )
}
