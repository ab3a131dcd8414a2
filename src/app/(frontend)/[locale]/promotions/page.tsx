import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import { PromotionCard } from '@/components/PromotionCard'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listActivePromotions } from '@/queries/promotions'
import { listServices } from '@/queries/services'
import { listingMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return listingMetadata(locale, (code) => pathFor(code, '/promotions'), {
    title: 'promotionsTitle',
    description: 'promotionsDescription',
  })
}

export default async function PromotionsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, promotions, services] = await Promise.all([
    getTranslations({ locale, namespace: 'Promotions' }),
    listActivePromotions(locale),
    listServices(locale),
  ])
  return (
    <PageShell
      locale={locale}
      switchHref={pathFor(otherLocale(locale), '/promotions')}
      current="promotions"
    >
      <div className="section section--first">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('title'), path: pathFor(locale, '/promotions') }]}
        />
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        {promotions.length === 0 ? (
          <p data-testid="no-promotions">{t('none')}</p>
        ) : (
          <ul className="stack-list" data-testid="promotion-list">
            {promotions.map((promotion) => (
              <li key={promotion.id}>
                <PromotionCard promotion={promotion} services={services} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </PageShell>
  )
}
