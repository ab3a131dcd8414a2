import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'
import { isLocale } from '@/i18n/locales'
import { siteUrl } from '@/seo/siteUrl'
import '../globals.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages render on their first request and are then served from cache: the build needs no database.
export const dynamicParams = true
export const generateStaticParams = () => []
// Content changes expire pages at once (cache tags). This is only the age a CDN may keep a page
// before asking again (Cache-Control: s-maxage=300, stale-while-revalidate), and keeps clock-based
// text such as home's "open today" current.
export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('siteTitle'), template: `%s · ${t('siteTitle')}` },
    icons: { icon: '/favicon.svg' },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Common' })
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
      </body>
    </html>
  )
}
