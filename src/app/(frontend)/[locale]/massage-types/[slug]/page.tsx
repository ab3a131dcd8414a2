import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Cautions } from '@/components/Cautions'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { handleMissing, switchTarget } from '@/components/documentPage'
import { fallbackLang } from '@/components/fallbackLang'
import { MediaImage } from '@/components/MediaImage'
import { PageShell } from '@/components/PageShell'
import { RichTextContent } from '@/components/RichTextContent'
import { ServiceCard } from '@/components/ServiceCard'
import { TherapistCard } from '@/components/TherapistCard'
import type { Locale } from '@/i18n/locales'
import { inSentence } from '@/utilities/sentenceCase'
import { otherLocale, pathFor } from '@/i18n/paths'
import { documentMetadata } from '@/seo/pageMetadata'
import type { Technique } from '@/payload-types'
import { compareLinks } from '@/queries/comparisons'
import { getModalityPage } from '@/queries/modalities'
import { populatedList } from '@/queries/populated'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const modalityPath = (locale: Locale) => (slug: string) =>
  pathFor(locale, { pathname: '/massage-types/[slug]', params: { slug } })

// Rendered on first request, then served from cache until the content changes.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const page = await getModalityPage(locale, slug)
  if (page.kind !== 'found') return {}
  const { modality } = page
  return documentMetadata({
    locale,
    slug,
    alternates: page.alternates,
    pathFor: modalityPath,
    title: modality.meta?.title || modality.name,
    description: modality.meta?.description || modality.summary,
    image: modality.meta?.image || modality.image,
  })
}

export default async function ModalityPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const page = await getModalityPage(locale, slug)
  if (page.kind !== 'found') return handleMissing(page, modalityPath(locale))

  const { modality, services, therapists, alternates } = page
  const [t, nav, targets, pressures, depths, conditions, compare, others] = await Promise.all([
    getTranslations({ locale, namespace: 'Modality' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Targets' }),
    getTranslations({ locale, namespace: 'Pressure' }),
    getTranslations({ locale, namespace: 'Depths' }),
    getTranslations({ locale, namespace: 'Conditions' }),
    getTranslations({ locale, namespace: 'Compare' }),
    compareLinks(locale, modality.id),
  ])
  const techniques = populatedList<Technique>(modality.techniques)
  const lang = (path: string) => fallbackLang(modality, path)
  const other = otherLocale(locale)

  return (
    <PageShell
      locale={locale}
      switchHref={switchTarget(
        alternates,
        other,
        modalityPath(other),
        pathFor(other, '/massage-types'),
      )}
      current="massageTypes"
    >
      <article className="section section--first detail">
        <Breadcrumbs
          locale={locale}
          items={[
            { name: nav('massageTypes'), path: pathFor(locale, '/massage-types') },
            { name: modality.name, path: modalityPath(locale)(slug), lang: lang('name') },
          ]}
        />
        <div className="detail__header">
          <div>
            <h1 lang={lang('name')}>{modality.name}</h1>
            <p className="lead" lang={lang('tagline')}>
              {modality.tagline}
            </p>
            <p lang={lang('summary')}>{modality.summary}</p>
          </div>
          <MediaImage
            media={modality.image}
            owner={modality}
            ownerPath="image"
            sizes="(min-width: 64rem) 30rem, 100vw"
            priority
            className="detail__image"
          />
        </div>

        <dl className="facts">
          <div>
            <dt>{t('goalHeading')}</dt>
            <dd lang={lang('primaryGoal')}>{modality.primaryGoal}</dd>
          </div>
          <div>
            <dt>{t('targetHeading')}</dt>
            <dd>{targets(modality.target)}</dd>
          </div>
          <div>
            <dt>{t('pressureHeading')}</dt>
            <dd>{modality.pressure.map((value) => pressures(value)).join(', ')}</dd>
          </div>
        </dl>

        <RichTextContent data={modality.body} lang={lang('body')} />

        <div className="two-columns">
          <section aria-labelledby="choose-heading">
            <h2 id="choose-heading">{t('chooseHeading')}</h2>
            <ul data-testid="indications">
              {(modality.indications ?? []).map((row, index) => (
                <li key={row.id ?? index} lang={lang(`indications.${index}.text`)}>
                  {row.text}
                </li>
              ))}
            </ul>
          </section>
          {modality.notIntendedFor && modality.notIntendedFor.length > 0 && (
            <section aria-labelledby="not-for-heading">
              <h2 id="not-for-heading">{t('notForHeading')}</h2>
              <ul>
                {modality.notIntendedFor.map((row, index) => (
                  <li key={row.id ?? index} lang={lang(`notIntendedFor.${index}.text`)}>
                    {row.text}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>

        {techniques.length > 0 && (
          <section aria-labelledby="techniques-heading">
            <h2 id="techniques-heading">{t('techniquesHeading')}</h2>
            <dl className="techniques">
              {techniques.map((technique, index) => (
                <div key={technique.id} id={`technique-${technique.slug}`} className="technique">
                  <dt lang={lang(`techniques.${index}.name`)}>
                    {technique.name} <span className="muted">({depths(technique.depth)})</span>
                  </dt>
                  <dd>
                    <p lang={lang(`techniques.${index}.description`)}>{technique.description}</p>
                    <p className="muted" lang={lang(`techniques.${index}.physiology`)}>
                      {technique.physiology}
                    </p>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}

        {modality.benefits && modality.benefits.length > 0 && (
          <section aria-labelledby="benefits-heading">
            <h2 id="benefits-heading">{t('benefitsHeading')}</h2>
            <ul className="benefits">
              {modality.benefits.map((row, index) => (
                <li key={row.id ?? index}>
                  <strong lang={lang(`benefits.${index}.benefit`)}>{row.benefit}</strong>
                  <p>
                    <span className="muted">{t('evidence')}</span>{' '}
                    <span lang={lang(`benefits.${index}.evidenceNote`)}>{row.evidenceNote}</span>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}

        <Cautions
          locale={locale}
          heading={t('cautionsHeading')}
          items={(modality.contraindications ?? []).map((row, index) => ({
            key: row.id ?? String(index),
            label: conditions(row.condition),
            advice: row.advice,
            lang: lang(`contraindications.${index}.advice`),
          }))}
        />

        {services.length > 0 && (
          <section aria-labelledby="services-heading">
            <h2 id="services-heading">{t('servicesHeading')}</h2>
            <ul className="grid" data-testid="service-list">
              {services.map((service) => (
                <li key={service.id}>
                  <ServiceCard service={service} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        )}

        {therapists.length > 0 && (
          <section aria-labelledby="therapists-heading">
            <h2 id="therapists-heading">{t('therapistsHeading')}</h2>
            <ul className="grid grid--people">
              {therapists.map((therapist) => (
                <li key={therapist.id}>
                  <TherapistCard therapist={therapist} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        )}

        {others.length > 0 && (
          <section aria-labelledby="compare-heading" data-testid="compare-with">
            <h2 id="compare-heading">{compare('compareWithHeading')}</h2>
            <ul>
              {others.map((other) => (
                <li key={other.slug}>
                  <a
                    href={
                      other.editorial
                        ? pathFor(locale, {
                            pathname: '/compare/[slug]',
                            params: { slug: other.editorial },
                          })
                        : pathFor(locale, {
                            pathname: '/compare/massage-types/[first]/[second]',
                            params: { first: slug, second: other.slug },
                          })
                    }
                  >
                    {compare('compareWith', {
                      first: inSentence(modality.name),
                      second: inSentence(other.name),
                    })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </PageShell>
  )
}
