import { getTranslations } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import { otherLocale, pathFor } from '@/i18n/paths'
import { routeLocale } from '@/i18n/routeLocale'

export default async function NotFound() {
  const locale = await routeLocale()
  const [t, nav] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'Nav' }),
  ])
  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/')}>
      <section className="section narrow">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <ul>
          <li>
            <a href={pathFor(locale, '/')}>{t('home')}</a>
          </li>
          <li>
            <a href={pathFor(locale, '/services')}>{nav('services')}</a>
          </li>
          <li>
            <a href={pathFor(locale, '/massage-types')}>{nav('massageTypes')}</a>
          </li>
          <li>
            <a href={pathFor(locale, '/contact')}>{nav('contact')}</a>
          </li>
        </ul>
      </section>
    </PageShell>
  )
}
