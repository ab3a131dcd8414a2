import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import { TherapistCard } from '@/components/TherapistCard'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listingMetadata } from '@/seo/pageMetadata'
import { listTherapists } from '@/queries/therapists'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return listingMetadata(locale, (code) => pathFor(code, '/therapists'), {
    title: 'therapistsTitle',
    description: 'therapistsDescription',
  })
}

export default async function TherapistsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, therapists] = await Promise.all([
    getTranslations({ locale, namespace: 'Therapists' }),
    listTherapists(locale),
  ])
  return (
    <PageShell
      locale={locale}
      switchHref={pathFor(otherLocale(locale), '/therapists')}
      current="therapists"
    >
      <div className="section section--first">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('title'), path: pathFor(locale, '/therapists') }]}
        />
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <ul className="grid grid--people" data-testid="therapist-list">
          {therapists.map((therapist) => (
            <li key={therapist.id}>
              <TherapistCard therapist={therapist} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ul>
      </div>
    </PageShell>
  )
}
