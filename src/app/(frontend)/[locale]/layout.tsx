import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'
import { BRAND } from '@/brand/palette'
import { isLocale } from '@/i18n/locales'
import { siteUrl } from '@/seo/siteUrl'
import { bodyFont, displayFont } from '../fonts'
import '../styles/tokens.css'
import '../styles/base.css'
import '../styles/layout.css'
import '../styles/components.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages render on their first request and are then served from cache: the build needs no database.
export const dynamicParams = true
export const generateStaticParams = () => []
// Content changes expire pages at once (cache tags). This is only the age a CDN may keep a page
// before asking again (Cache-Control: s-maxage=300, stale-while-revalidate), and keeps clock-based
// text such as home's "open today" current.
export const revalidate = 300

export const viewport: Viewport = {
  themeColor: BRAND.forest,
  width: 'device-width',
  initialScale: 1,
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('siteTitle'), template: `%s · ${t('siteTitle')}` },
    applicationName: t('siteTitle'),
    manifest: '/manifest.webmanifest',
    icons: {
      icon: [
        { url: '/favicon.svg', type: 'image/svg+xml' },
        { url: '/icons/favicon-32.png', sizes: '32x32', type: 'image/png' },
      ],
      apple: { url: '/icons/apple-touch-icon.png', sizes: '180x180' },
    },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Common' })
  return (
    <html lang={locale} className={`${displayFont.variable} ${bodyFont.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
      </body>
    </html>
  )
}
