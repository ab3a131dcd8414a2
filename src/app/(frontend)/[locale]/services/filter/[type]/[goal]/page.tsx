import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import { ALL, ServiceCatalogue } from '@/components/ServiceCatalogue'
import { GOAL_VALUES, type Goal } from '@/fields/options'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { pageMetadata } from '@/seo/pageMetadata'
import { listModalities } from '@/queries/modalities'
import { listServices } from '@/queries/services'

type Props = { params: Promise<{ locale: Locale; type: string; goal: string }> }

const isGoal = (value: string): value is Goal | typeof ALL =>
  value === ALL || (GOAL_VALUES as readonly string[]).includes(value)

async function resolveFilter(locale: Locale, type: string, goal: string) {
  const modalities = await listModalities(locale)
  const modality = modalities.find((candidate) => candidate.slug === type)
  if ((type !== ALL && !modality) || !isGoal(goal)) return null
  return { modalities, modality, goal }
}

// Rendered on first request, then served from cache until the content changes.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, type, goal } = await params
  const filter = await resolveFilter(locale, type, goal)
  if (!filter) return {}
  const [t, goals] = await Promise.all([
    getTranslations({ locale, namespace: 'Meta' }),
    getTranslations({ locale, namespace: 'Goals' }),
  ])
  const names = [filter.modality?.name, filter.goal === ALL ? null : goals(filter.goal)].filter(
    Boolean,
  )
  // Filtered lists repeat the main services page: keep them out of search results.
  return pageMetadata({
    locale,
    title: t('filteredServicesTitle', { filters: names.join(' · ') }),
    description: t('servicesDescription'),
    paths: {
      [locale]: pathFor(locale, {
        pathname: '/services/filter/[type]/[goal]',
        params: { type, goal },
      }),
    },
    noindex: true,
  })
}

export default async function FilteredServicesPage({ params }: Props) {
  const { locale, type, goal } = await params
  setRequestLocale(locale)
  const filter = await resolveFilter(locale, type, goal)
  if (!filter) notFound()
  const [t, services] = await Promise.all([
    getTranslations({ locale, namespace: 'Services' }),
    listServices(locale),
  ])
  return (
    <PageShell
      locale={locale}
      switchHref={pathFor(otherLocale(locale), '/services')}
      current="services"
    >
      <div className="section section--first">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <ServiceCatalogue
          locale={locale}
          services={services}
          modalities={filter.modalities}
          type={type}
          goal={filter.goal}
        />
      </div>
    </PageShell>
  )
}
