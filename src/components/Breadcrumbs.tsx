import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { JsonLd } from '@/seo/JsonLd'
import { breadcrumbLd } from '@/seo/structuredData'

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
        <ol>
          {trail.map((crumb, index) => (
            <li key={crumb.path}>
              {index === trail.length - 1 ? (
                <span aria-current="page" lang={crumb.lang}>
                  {crumb.name}
                </span>
              ) : (
                <a href={crumb.path} lang={crumb.lang}>
                  {crumb.name}
                </a>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd data={breadcrumbLd(trail)} />
    </>
  )
}
