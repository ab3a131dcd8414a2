import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { JsonLd } from '@/seo/JsonLd'
import { breadcrumbLd } from '@/seo/structuredData'
import styles from './Breadcrumbs.module.css'

type Crumb = { name: string; path: string; lang?: string }

/** Home › … › this page, visible and as BreadcrumbList structured data. */
export async function Breadcrumbs({ locale, items }: { locale: Locale; items: Crumb[] }) {
  const [nav, common] = await Promise.all([
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Common' }),
  ])
  const trail: Crumb[] = [{ name: nav('home'), path: pathFor(locale, '/') }, ...items]
  return (
    <>
      <nav aria-label={common('breadcrumb')} className="breadcrumb">
        <ol className={styles.trail}>
          {trail.map((crumb, index) =>
            index === trail.length - 1 ? (
              <li key={crumb.path} className={`${styles.step} ${styles.current}`}>
                <span aria-current="page" lang={crumb.lang}>
                  {crumb.name}
                </span>
              </li>
            ) : (
              <li key={crumb.path} className={styles.step}>
                <a href={crumb.path} lang={crumb.lang} className={styles.link}>
                  {crumb.name}
                </a>
              </li>
            ),
          )}
        </ol>
      </nav>
      <JsonLd data={breadcrumbLd(trail)} />
    </>
  )
}
