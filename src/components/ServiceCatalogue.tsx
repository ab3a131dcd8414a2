import { getTranslations } from 'next-intl/server'
import { GOAL_VALUES, type Goal } from '@/fields/options'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { Modality, Service } from '@/payload-types'
import type { WithFallback } from '@/queries/localizedFind'
import { populated } from '@/queries/populated'
import { fallbackLang } from './fallbackLang'
import { ServiceCard } from './ServiceCard'

export const ALL = 'all'

type Props = {
  locale: Locale
  services: WithFallback<Service>[]
  modalities: WithFallback<Modality>[]
  /** A modality slug in this locale, or "all". */
  type: string
  goal: Goal | typeof ALL
}

const filterHref = (locale: Locale, type: string, goal: string) =>
  type === ALL && goal === ALL
    ? pathFor(locale, '/services')
    : pathFor(locale, { pathname: '/services/filter/[type]/[goal]', params: { type, goal } })

/** Services grouped by massage type, with filter links that work without JavaScript. */
export async function ServiceCatalogue({ locale, services, modalities, type, goal }: Props) {
  const [t, goals] = await Promise.all([
    getTranslations({ locale, namespace: 'Services' }),
    getTranslations({ locale, namespace: 'Goals' }),
  ])
  const matches = services.filter((service) => {
    const modality = populated<Modality>(service.modality)
    const typeOk = type === ALL || modality?.slug === type
    const goalOk = goal === ALL || (service.goals ?? []).includes(goal)
    return typeOk && goalOk
  })
  const usedGoals = GOAL_VALUES.filter((value) =>
    services.some((service) => service.goals?.includes(value)),
  )
  const groups = modalities
    .map((modality) => ({
      modality,
      services: matches.filter(
        (service) => populated<Modality>(service.modality)?.id === modality.id,
      ),
    }))
    .filter((group) => group.services.length > 0)

  return (
    <>
      <nav className="filters" aria-label={t('filterLabel')}>
        <div className="filters__group">
          <p className="filters__label" id="filter-type">
            {t('filterType')}
          </p>
          <ul aria-labelledby="filter-type" className="chips">
            {[
              { slug: ALL, name: t('all'), lang: undefined },
              ...modalities.map((m) => ({
                slug: m.slug,
                name: m.name,
                lang: fallbackLang(m, 'name'),
              })),
            ].map((option) => (
              <li key={option.slug}>
                <a
                  className="chip"
                  href={filterHref(locale, option.slug, goal)}
                  aria-current={option.slug === type ? 'page' : undefined}
                  lang={option.lang}
                >
                  {option.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div className="filters__group">
          <p className="filters__label" id="filter-goal">
            {t('filterGoal')}
          </p>
          <ul aria-labelledby="filter-goal" className="chips">
            {[ALL, ...usedGoals].map((value) => (
              <li key={value}>
                <a
                  className="chip"
                  href={filterHref(locale, type, value)}
                  aria-current={value === goal ? 'page' : undefined}
                >
                  {value === ALL ? t('all') : goals(value)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
      <p className="muted" role="status" data-testid="result-count">
        {t('resultCount', { count: matches.length })}
      </p>
      {groups.length === 0 ? (
        <p>
          {t('noResults')} <a href={pathFor(locale, '/services')}>{t('clearFilters')}</a>
        </p>
      ) : (
        groups.map(({ modality, services: inGroup }) => (
          <section key={modality.id} className="group" aria-labelledby={`group-${modality.slug}`}>
            <h2 id={`group-${modality.slug}`} lang={fallbackLang(modality, 'name')}>
              {modality.name}
            </h2>
            <p className="lead" lang={fallbackLang(modality, 'tagline')}>
              {modality.tagline}
            </p>
            <ul className="grid" data-testid="service-list">
              {inGroup.map((service) => (
                <li key={service.id}>
                  <ServiceCard service={service} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  )
}
