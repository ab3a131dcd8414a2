import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { MediaImage } from '@/components/MediaImage'
import { ModalityCard } from '@/components/ModalityCard'
import { PageShell } from '@/components/PageShell'
import { PromotionBanner } from '@/components/PromotionBanner'
import { SpaJsonLd } from '@/components/SpaJsonLd'
import { ServiceCard } from '@/components/ServiceCard'
import { TherapistCard } from '@/components/TherapistCard'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listModalities } from '@/queries/modalities'
import { listActivePromotions } from '@/queries/promotions'
import { pageMetadata, staticPaths } from '@/seo/pageMetadata'
import { listServices } from '@/queries/services'
import { getSiteSettings } from '@/queries/siteSettings'
import { listTherapists } from '@/queries/therapists'
import { formatClock } from '@/utilities/format'
import { jakartaToday } from '@/utilities/jakartaTime'
import { hoursOn } from '@/utilities/openingHours'
import { whatsappUrl } from '@/utilities/whatsapp'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const [settings, t] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'Meta' }),
  ])
  return pageMetadata({
    locale,
    title: settings.defaultSeo?.title || settings.spaName,
    description: settings.defaultSeo?.description || t('homeDescription'),
    paths: staticPaths((code) => pathFor(code, '/')),
    absoluteTitle: true,
  })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, common, wa, services, modalities, therapists, settings, promotions] = await Promise.all(
    [
      getTranslations({ locale, namespace: 'Home' }),
      getTranslations({ locale, namespace: 'Common' }),
      getTranslations({ locale, namespace: 'WhatsApp' }),
      listServices(locale),
      listModalities(locale),
      listTherapists(locale),
      getSiteSettings(locale),
      listActivePromotions(locale),
    ],
  )
  const featuredPromotion = promotions.find((promotion) => promotion.featured)
  const featured = services.filter((service) => service.featured)
  const today = hoursOn(settings, jakartaToday().weekday)
  const heroImage = modalities[0]?.image

  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/')} current="home">
      <SpaJsonLd settings={settings} locale={locale} services={services} />
      <section className="hero">
        <div className="hero__text">
          <h1>{t('title')}</h1>
          <p className="lead">{t('intro')}</p>
          <p className="today" data-testid="today-hours">
            {'closed' in today
              ? t('todayClosed')
              : t('todayOpen', {
                  hours: common('hoursRange', {
                    opens: formatClock(today.opens, locale),
                    closes: formatClock(today.closes, locale),
                  }),
                })}
          </p>
          <p className="actions">
            <a className="button" href={pathFor(locale, '/services')}>
              {t('heroCta')}
            </a>
            <a
              className="button button--secondary"
              href={whatsappUrl(settings.whatsapp, wa('general'))}
              rel="noopener"
            >
              {common('bookWhatsApp')}
            </a>
          </p>
        </div>
        {modalities[0] && (
          <MediaImage
            media={heroImage}
            owner={modalities[0]}
            ownerPath="image"
            sizes="(min-width: 64rem) 34rem, 100vw"
            priority
            className="hero__image"
          />
        )}
      </section>

      {featuredPromotion && (
        <div className="section">
          <PromotionBanner promotion={featuredPromotion} locale={locale} />
        </div>
      )}

      <section className="section" aria-labelledby="featured-heading">
        <h2 id="featured-heading">{t('featuredHeading')}</h2>
        {featured.length === 0 ? (
          <p>{t('noServices')}</p>
        ) : (
          <ul className="card-grid" data-testid="service-list">
            {featured.map((service) => (
              <li key={service.id}>
                <ServiceCard service={service} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section section--tinted" aria-labelledby="explainer-heading">
        <h2 id="explainer-heading">{t('explainerHeading')}</h2>
        <p className="lead">{t('explainerIntro')}</p>
        <ul className="card-grid card-grid--two">
          {modalities.map((modality) => (
            <li key={modality.id}>
              <ModalityCard modality={modality} locale={locale} />
            </li>
          ))}
        </ul>
        <p>
          <a href={pathFor(locale, '/massage-types')}>{t('explainerCta')}</a>
        </p>
      </section>

      <section className="section" aria-labelledby="therapists-heading">
        <h2 id="therapists-heading">{t('therapistsHeading')}</h2>
        <p className="lead">{t('therapistsIntro')}</p>
        <ul className="card-grid card-grid--people">
          {therapists.slice(0, 4).map((therapist) => (
            <li key={therapist.id}>
              <TherapistCard therapist={therapist} locale={locale} />
            </li>
          ))}
        </ul>
        <p>
          <a href={pathFor(locale, '/therapists')}>{t('therapistsCta')}</a>
        </p>
      </section>

      <section className="section section--cta" aria-labelledby="booking-heading">
        <h2 id="booking-heading">{t('bookingHeading')}</h2>
        <p>{t('bookingIntro')}</p>
        <p className="actions">
          <a className="button" href={whatsappUrl(settings.whatsapp, wa('general'))} rel="noopener">
            {common('bookWhatsApp')}
          </a>
          <a className="button button--secondary" href={pathFor(locale, '/contact')}>
            {common('bookForm')}
          </a>
        </p>
      </section>
    </PageShell>
  )
}
