import type { Metadata } from 'next'
import { bookingHref } from '@/i18n/bookingHref'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { fallbackLang } from '@/components/fallbackLang'
import { GuideForm } from '@/components/GuideForm'
import { PageShell } from '@/components/PageShell'
import { ServiceCard } from '@/components/ServiceCard'
import { WhatsAppButton } from '@/components/WhatsAppButton'
import { inSentence } from '@/utilities/sentenceCase'
import { answersFromSegments } from '@/guide/answers'
import { recommend } from '@/guide/recommend'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { getGuideContent } from '@/queries/guide'
import { staticPaths, pageMetadata } from '@/seo/pageMetadata'

type Segments = { goal: string; pressure: string; conditions: string }
type Props = { params: Promise<{ locale: Locale } & Segments> }

// Each answer set is its own address, rendered once and then served from cache.
export const generateStaticParams = () => []

const resultPath = (locale: Locale, segments: Segments) =>
  pathFor(locale, { pathname: '/guide/[goal]/[pressure]/[conditions]', params: segments })

async function load(params: Props['params']) {
  const { locale, goal, pressure, conditions } = await params
  const segments = { goal, pressure, conditions }
  const answers = answersFromSegments(segments)
  if (!answers) return null
  const content = await getGuideContent(locale)
  return {
    locale,
    segments,
    answers,
    result: recommend(answers, content.modalities, content.services),
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return {}
  const { locale, segments, result } = loaded
  const t = await getTranslations({ locale, namespace: 'Guide' })
  return pageMetadata({
    locale,
    title:
      result.kind === 'match' ? t('metaResultTitle', { name: result.modality.name }) : t('title'),
    description: t('intro'),
    paths: staticPaths((code) => resultPath(code, segments)),
    // Answer pages are for sharing, not for search results; the questions page is indexed.
    noindex: true,
  })
}

export default async function GuideResultPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded) notFound()
  const { locale, segments, answers, result } = loaded
  setRequestLocale(locale)
  const [t, common, wa, pressures, conditions] = await Promise.all([
    getTranslations({ locale, namespace: 'Guide' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getTranslations({ locale, namespace: 'Pressure' }),
    getTranslations({ locale, namespace: 'Conditions' }),
  ])
  // The recommended treatment, for this page's Book button and the phone booking bar.
  const bookHref = bookingHref(locale, {
    service: result.kind === 'match' ? (result.services[0]?.slug ?? undefined) : undefined,
  })

  return (
    <PageShell
      locale={locale}
      switchHref={resultPath(otherLocale(locale), segments)}
      current="guide"
      bookHref={bookHref}
    >
      <div className="section section--first narrow">
        <Breadcrumbs
          locale={locale}
          items={[
            { name: t('title'), path: pathFor(locale, '/guide') },
            {
              name:
                result.kind === 'match'
                  ? t('metaResultTitle', { name: result.modality.name })
                  : t('title'),
              path: resultPath(locale, segments),
            },
          ]}
        />
        <h1>{t('title')}</h1>
        <section
          aria-labelledby="result-heading"
          data-testid="guide-result"
          className="guide-answer"
        >
          {result.kind === 'match' ? (
            <>
              <h2 id="result-heading" data-testid="recommended-modality">
                {t('resultHeading', { name: result.modality.name })}
              </h2>
              <p lang={fallbackLang(result.modality, 'summary')}>{result.modality.summary}</p>
              <p>
                <a
                  href={pathFor(locale, {
                    pathname: '/massage-types/[slug]',
                    params: { slug: result.modality.slug },
                  })}
                >
                  {t('readMore', { name: inSentence(result.modality.name) })}
                </a>
              </p>
              <h3>{t('whyHeading')}</h3>
              <ul data-testid="guide-reasons">
                {result.reasons.map((reason, index) => (
                  <li key={index} lang={reason.lang}>
                    {reason.text}
                  </li>
                ))}
                {result.pressureMatches && answers.pressure !== 'any' && (
                  <li>
                    {t('reasonPressure', { pressure: inSentence(pressures(answers.pressure)) })}
                  </li>
                )}
              </ul>
              {result.notFor.map((entry) => (
                <div key={entry.modality.id}>
                  <h3>{t('whyNotHeading', { name: inSentence(entry.modality.name) })}</h3>
                  <ul>
                    {entry.reasons.map((reason, index) => (
                      <li key={index} lang={reason.lang}>
                        {reason.text}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              <h3>{t('servicesHeading')}</h3>
              <ul className="grid grid--two" data-testid="guide-services">
                {result.services.map((service) => (
                  <li key={service.id}>
                    <ServiceCard service={service} locale={locale} headingLevel={3} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <h2 id="result-heading">{t('title')}</h2>
              <p>{t('noMatch')}</p>
            </>
          )}
          <h3>{t('warningsHeading')}</h3>
          {result.warnings.length === 0 ? (
            <p>{t('noWarnings')}</p>
          ) : (
            <ul className="cautions cautions--list" data-testid="guide-warnings">
              {result.warnings.map((warning, index) => (
                <li key={index}>
                  <strong>{conditions(warning.condition)}:</strong>{' '}
                  {warning.text ? (
                    <span lang={warning.lang}>{warning.text}</span>
                  ) : (
                    t('flaggedServices', { names: (warning.services ?? []).join(', ') })
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">{common('notMedicalAdvice')}</p>
          <p className="actions">
            <WhatsAppButton
              locale={locale}
              message={
                result.kind === 'match'
                  ? wa('service', {
                      service: result.services[0]?.name ?? result.modality.name,
                      minutes: result.services[0]?.options[0]?.durationMinutes ?? 60,
                    })
                  : undefined
              }
            />
            <a className="button button--secondary" href={bookHref}>
              {common('bookForm')}
            </a>
          </p>
          <p>
            <a href={pathFor(locale, '/compare')}>{t('compareCta')}</a>
          </p>
        </section>
        <details className="disclosure detail__section" data-testid="change-answers">
          <summary>{t('change')}</summary>
          <div className="disclosure__body">
            <GuideForm locale={locale} answers={answers} />
          </div>
        </details>
      </div>
    </PageShell>
  )
}
