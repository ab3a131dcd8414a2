import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { BookingSection } from '@/components/BookingSection'
import { Cautions, type Caution } from '@/components/Cautions'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { handleMissing, switchTarget } from '@/components/documentPage'
import { fallbackLang } from '@/components/fallbackLang'
import { MediaImage } from '@/components/MediaImage'
import { PageShell } from '@/components/PageShell'
import { bookingHref } from '@/i18n/bookingHref'
import { PriceTable } from '@/components/PriceTable'
import { RichTextContent } from '@/components/RichTextContent'
import { TherapistCard } from '@/components/TherapistCard'
import { WhatsAppButton } from '@/components/WhatsAppButton'
import { formatIdr } from '@/utilities/format'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { documentMetadata } from '@/seo/pageMetadata'
import type { Modality, Technique } from '@/payload-types'
import { populated, populatedList } from '@/queries/populated'
import { listActivePromotions } from '@/queries/promotions'
import { getServicePage } from '@/queries/services'
import { getSiteSettings } from '@/queries/siteSettings'
import { JsonLd } from '@/seo/JsonLd'
import { serviceLd } from '@/seo/structuredData'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const servicePath = (locale: Locale) => (slug: string) =>
  pathFor(locale, { pathname: '/services/[slug]', params: { slug } })

// Rendered on first request, then served from cache until the content changes.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const page = await getServicePage(locale, slug)
  if (page.kind !== 'found') return {}
  const { service } = page
  return documentMetadata({
    locale,
    slug,
    alternates: page.alternates,
    pathFor: servicePath,
    title: service.meta?.title || service.name,
    description: service.meta?.description || service.summary,
    image: service.meta?.image || service.image,
  })
}

export default async function ServicePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const page = await getServicePage(locale, slug)
  if (page.kind !== 'found') return handleMissing(page, servicePath(locale))

  const { service, therapists, alternates } = page
  const [t, nav, common, conditions, goals, wa, settings, promotions] = await Promise.all([
    getTranslations({ locale, namespace: 'Service' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'Conditions' }),
    getTranslations({ locale, namespace: 'Goals' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getSiteSettings(locale),
    listActivePromotions(locale),
  ])
  const modality = populated<Modality>(service.modality)
  const techniques = populatedList<Technique>(service.techniques)
  const modalityHref = modality
    ? pathFor(locale, { pathname: '/massage-types/[slug]', params: { slug: modality.slug } })
    : null
  const cautions: Caution[] = [
    ...(modality?.contraindications ?? []).map((row, index) => ({
      key: `m-${row.id ?? index}`,
      label: conditions(row.condition),
      advice: row.advice,
      lang: fallbackLang(service, `modality.contraindications.${index}.advice`),
    })),
    ...(service.contraindications ?? [])
      .filter(
        (condition) => !modality?.contraindications?.some((row) => row.condition === condition),
      )
      .map((condition) => ({ key: `s-${condition}`, label: conditions(condition) })),
  ]
  const other = otherLocale(locale)

  const bookHref = bookingHref(locale, { service: slug })
  const fromPrice = Math.min(...service.options.map((option) => option.priceIdr))

  return (
    <PageShell
      locale={locale}
      switchHref={switchTarget(alternates, other, servicePath(other), pathFor(other, '/services'))}
      current="services"
      bookHref={bookHref}
    >
      <article className="section section--first detail">
        <Breadcrumbs
          locale={locale}
          items={[
            { name: nav('services'), path: pathFor(locale, '/services') },
            {
              name: service.name,
              path: servicePath(locale)(slug),
              lang: fallbackLang(service, 'name'),
            },
          ]}
        />
        <JsonLd
          data={serviceLd(service, servicePath(locale)(slug), settings, (minutes) =>
            common('duration', { minutes }),
          )}
        />
        <div className="split detail__header">
          <div className="stack">
            {modality && (
              <p className="eyebrow" lang={fallbackLang(service, 'modality.name')}>
                {modality.name}
              </p>
            )}
            <h1 lang={fallbackLang(service, 'name')}>{service.name}</h1>
            <p className="lead" lang={fallbackLang(service, 'summary')}>
              {service.summary}
            </p>
            <p className="detail__price">
              <span className="price">
                {common('priceFrom', { price: formatIdr(fromPrice, locale) })}
              </span>
              <span className="muted">
                {service.options
                  .map((option) => common('duration', { minutes: option.durationMinutes }))
                  .join(' · ')}
              </span>
            </p>
            {service.requiresLicensedTherapist && (
              <p className="badge">{common('licensedBadge')}</p>
            )}
            <p className="actions">
              <a className="button" href={bookHref}>
                {t('bookingHeading')}
              </a>
              <WhatsAppButton
                locale={locale}
                className="button button--secondary"
                message={wa('service', {
                  service: service.name,
                  minutes: service.options[0]?.durationMinutes ?? 60,
                })}
              />
            </p>
          </div>
          <MediaImage
            media={service.image}
            owner={service}
            ownerPath="image"
            sizes="(min-width: 72rem) 32rem, (min-width: 56rem) 44vw, 100vw"
            priority
            className="detail__image"
          />
        </div>

        <section className="detail__section" aria-labelledby="prices-heading">
          <h2 id="prices-heading">{t('pricesHeading')}</h2>
          <PriceTable
            service={service}
            slug={slug}
            locale={locale}
            whatsapp={settings.whatsapp}
            promotions={promotions}
          />
        </section>

        <div className="split detail__section">
          <RichTextContent data={service.description} lang={fallbackLang(service, 'description')} />
          <dl className="facts facts--stacked">
            {modality && modalityHref && (
              <div>
                <dt>{t('typeHeading')}</dt>
                <dd>
                  <a href={modalityHref} lang={fallbackLang(service, 'modality.name')}>
                    {modality.name}
                  </a>
                  {' — '}
                  <span lang={fallbackLang(service, 'modality.tagline')}>{modality.tagline}</span>
                </dd>
              </div>
            )}
            {techniques.length > 0 && (
              <div>
                <dt>{t('techniquesHeading')}</dt>
                <dd>
                  <ul className="plain-list">
                    {techniques.map((technique, index) => (
                      <li key={technique.id}>
                        <a
                          href={`${modalityHref ?? pathFor(locale, '/massage-types')}#technique-${technique.slug}`}
                          lang={fallbackLang(service, `techniques.${index}.name`)}
                        >
                          {technique.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {service.goals && service.goals.length > 0 && (
              <div>
                <dt>{t('goalsHeading')}</dt>
                <dd>
                  <ul className="chips">
                    {service.goals.map((goal) => (
                      <li key={goal}>
                        <a
                          className="chip"
                          href={pathFor(locale, {
                            pathname: '/services/filter/[type]/[goal]',
                            params: { type: 'all', goal },
                          })}
                        >
                          {goals(goal)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        </div>

        <section className="detail__section" aria-labelledby="therapists-heading">
          <h2 id="therapists-heading">{t('therapistsHeading')}</h2>
          {therapists.length === 0 ? (
            <p>{t('noTherapists')}</p>
          ) : (
            <ul className="grid grid--people">
              {therapists.map((therapist) => (
                <li key={therapist.id}>
                  <TherapistCard therapist={therapist} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <Cautions locale={locale} heading={t('cautionsHeading')} items={cautions} />

        <section id="booking" aria-labelledby="booking-heading" className="booking-panel">
          <h2 id="booking-heading">{t('bookingHeading')}</h2>
          <BookingSection locale={locale} defaultService={service.id} />
        </section>
      </article>
    </PageShell>
  )
}
