import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { ModalityCard } from '@/components/ModalityCard'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listingMetadata } from '@/seo/pageMetadata'
import { listModalities } from '@/queries/modalities'
import { getSiteSettings } from '@/queries/siteSettings'

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
  const [t, modalities, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Modalities' }),
    listModalities(locale),
    getSiteSettings(locale),
  ])
  return (
    <PageShell
      locale={locale}
      switchHref={pathFor(otherLocale(locale), '/massage-types')}
      current="massageTypes"
    >
      <div className="section section--first">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('title'), path: pathFor(locale, '/massage-types') }]}
        />
        <h1>{t('title')}</h1>
        {settings.introductions?.massageTypes && (
          <p className="lead prewrap">{settings.introductions.massageTypes}</p>
        )}
        <ul className="grid grid--two">
          {modalities.map((modality) => (
            <li key={modality.id}>
              <ModalityCard modality={modality} locale={locale} headingLevel={2} detailed />
            </li>
          ))}
        </ul>
      </div>
    </PageShell>
  )
}
