import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { GuideForm } from '@/components/GuideForm'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listingMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return listingMetadata(locale, (code) => pathFor(code, '/guide'), {
    title: 'guideTitle',
    description: 'guideDescription',
  })
}

export default async function GuidePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: 'Guide' }),
    getTranslations({ locale, namespace: 'Common' }),
  ])
  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/guide')} current="guide">
      <div className="section section--first narrow">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('title'), path: pathFor(locale, '/guide') }]}
        />
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <GuideForm locale={locale} />
        <p className="muted">{common('notMedicalAdvice')}</p>
      </div>
    </PageShell>
  )
}
