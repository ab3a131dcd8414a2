import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import { ALL, ServiceCatalogue } from '@/components/ServiceCatalogue'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listingMetadata } from '@/seo/pageMetadata'
import { listModalities } from '@/queries/modalities'
import { listServices } from '@/queries/services'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return listingMetadata(locale, (code) => pathFor(code, '/services'), {
    title: 'servicesTitle',
    description: 'servicesDescription',
  })
}

export default async function ServicesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, services, modalities] = await Promise.all([
    getTranslations({ locale, namespace: 'Services' }),
    listServices(locale),
    listModalities(locale),
  ])
  return (
    <PageShell
      locale={locale}
      switchHref={pathFor(otherLocale(locale), '/services')}
      current="services"
    >
      <div className="section section--first">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('title'), path: pathFor(locale, '/services') }]}
        />
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <ServiceCatalogue
          locale={locale}
          services={services}
          modalities={modalities}
          type={ALL}
          goal={ALL}
        />
      </div>
    </PageShell>
  )
}
