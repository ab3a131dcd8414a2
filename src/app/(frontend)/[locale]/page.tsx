import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { MediaImage } from '@/components/MediaImage'
import { ModalityCard } from '@/components/ModalityCard'
import { PageShell } from '@/components/PageShell'
import { PromotionBanner } from '@/components/PromotionBanner'
import { SpaJsonLd } from '@/components/SpaJsonLd'
import { ServiceCard } from '@/components/ServiceCard'
import { TherapistCard } from '@/components/TherapistCard'
import { WhatsAppButton } from '@/components/WhatsAppButton'
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
  const [t, common, services, modalities, therapists, settings, promotions] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'Common' }),
    listServices(locale),
    listModalities(locale),
    listTherapists(locale),
    getSiteSettings(locale),
    listActivePromotions(locale),
  ])
  const featuredPromotion = promotions.find((promotion) => promotion.featured)
  const featured = services.filter((service) => service.featured)
  const today = hoursOn(settings, jakartaToday().weekday)

  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/')} current="home">
      <SpaJsonLd settings={settings} locale={locale} services={services} />
      <section className="section hero" aria-labelledby="hero-heading">
        <div className="hero__grid">
          <div>
            <p className="eyebrow">{t('eyebrow')}</p>
            <h1 id="hero-heading">{t('title')}</h1>
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
              <WhatsAppButton locale={locale} className="button button--secondary" />
            </p>
            <ul className="hero__meta">
              <li>{t('trustLicensed')}</li>
              <li>{t('trustPrices')}</li>
              <li>{t('trustWib')}</li>
            </ul>
          </div>
          <MediaImage
            media={settings.heroImage}
            sizes="(min-width: 72rem) 34rem, (min-width: 56rem) 46vw, 100vw"
            priority
            className="hero__image"
          />
        </div>
      </section>

      {featuredPromotion && (
        <div className="section section--tight">
          <PromotionBanner promotion={featuredPromotion} locale={locale} />
        </div>
      )}

      <section className="section" aria-labelledby="featured-heading">
        <div className="section__head">
          <h2 id="featured-heading">{t('featuredHeading')}</h2>
        </div>
        {featured.length === 0 ? (
          <p>{t('noServices')}</p>
        ) : (
          <ul className="grid" data-testid="service-list">
            {featured.map((service) => (
              <li key={service.id}>
                <ServiceCard service={service} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <p className="section__more">
          <a href={pathFor(locale, '/services')}>{t('heroCta')}</a>
        </p>
      </section>

      <div className="band--tinted">
        <section className="section" aria-labelledby="explainer-heading">
          <div className="section__head">
            <h2 id="explainer-heading">{t('explainerHeading')}</h2>
            <p className="lead">{t('explainerIntro')}</p>
          </div>
          <ul className="grid grid--two">
            {modalities.map((modality) => (
              <li key={modality.id}>
                <ModalityCard modality={modality} locale={locale} detailed />
              </li>
            ))}
          </ul>
          <p className="section__more">
            <a href={pathFor(locale, '/compare')}>{t('explainerCta')}</a>
          </p>
        </section>
      </div>

      <section className="section" aria-labelledby="therapists-heading">
        <div className="section__head">
          <h2 id="therapists-heading">{t('therapistsHeading')}</h2>
          <p className="lead">{t('therapistsIntro')}</p>
        </div>
        <ul className="grid grid--people">
          {therapists.slice(0, 4).map((therapist) => (
            <li key={therapist.id}>
              <TherapistCard therapist={therapist} locale={locale} />
            </li>
          ))}
        </ul>
        <p className="section__more">
          <a href={pathFor(locale, '/therapists')}>{t('therapistsCta')}</a>
        </p>
      </section>

      <div className="band--forest">
        <section className="section cta" aria-labelledby="booking-heading">
          <h2 id="booking-heading">{t('bookingHeading')}</h2>
          <p className="lead">{t('bookingIntro')}</p>
          <p className="actions">
            <WhatsAppButton locale={locale} className="button button--light" />
            <a className="button button--secondary button--on-dark" href={pathFor(locale, '/book')}>
              {common('bookForm')}
            </a>
          </p>
        </section>
      </div>
    </PageShell>
  )
}
