import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { listServices } from '@/queries/services'
import { getSiteSettings } from '@/queries/siteSettings'
import { formatIdr } from '@/utilities/format'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const settings = await getSiteSettings(locale)
  return {
    title: { absolute: settings.defaultSeo?.title || settings.spaName },
    description: settings.defaultSeo?.description || undefined,
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, common, services] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'Common' }),
    listServices(locale),
  ])
  const other: Locale = locale === 'en' ? 'id' : 'en'

  return (
    <>
      <header className="site-header">
        <a className="brand" href={`/${locale}`}>
          Ame Spa
        </a>
        <a href={`/${other}`} hrefLang={other} lang={other}>
          {common('languageSwitch')}
        </a>
      </header>
      <main id="main" className="container">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <h2>{t('servicesHeading')}</h2>
        {services.length === 0 ? (
          <p>{t('noServices')}</p>
        ) : (
          <ul className="service-list" data-testid="service-list">
            {services.map((service) => (
              <li key={service.id} className="service-card">
                <h3>{service.name}</h3>
                {service.modality && <p className="eyebrow">{service.modality.name}</p>}
                <p>{service.summary}</p>
                {service.fromPriceIdr !== null && (
                  <p className="price">
                    {common('priceFrom', { price: formatIdr(service.fromPriceIdr, locale) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  )
}
