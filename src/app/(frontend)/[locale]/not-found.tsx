import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import { otherLocale, pathFor } from '@/i18n/paths'
import { routeLocale } from '@/i18n/routeLocale'

// The title for the server's HTML (visitors without JavaScript); the <title> element below is the
// one the browser keeps after hydration, where Next restores the layout's default title.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await routeLocale(), namespace: 'NotFound' })
  return { title: { absolute: t('pageTitle') } }
}

export default async function NotFound() {
  const locale = await routeLocale()
  const [t, nav] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'Nav' }),
  ])
  const links = [
    { href: pathFor(locale, '/services'), name: nav('services'), hint: t('servicesHint') },
    { href: pathFor(locale, '/guide'), name: nav('guide'), hint: t('guideHint') },
    { href: pathFor(locale, '/book'), name: nav('bookTreatment'), hint: t('bookHint') },
    { href: pathFor(locale, '/'), name: t('home'), hint: t('homeHint') },
  ]
  return (
    <PageShell locale={locale} switchHref={pathFor(otherLocale(locale), '/')}>
      <title>{t('pageTitle')}</title>
      <section className="section section--first not-found">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('title')}</h1>
        <p className="lead">{t('body')}</p>
        <ul className="not-found__links">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>
                <strong>{link.name}</strong>
                <span className="muted">{link.hint}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </PageShell>
  )
}
