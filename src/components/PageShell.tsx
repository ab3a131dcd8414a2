import { draftMode } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { getSiteSettings } from '@/queries/siteSettings'
import { LanguageSwitcher } from './LanguageSwitcher'
import { LivePreviewRefresh } from './LivePreviewRefresh/LivePreviewRefresh'
import { Logo } from './Logo'
import { bookingBar } from './BookingBar'
import { siteFooter } from './SiteFooter'
import { menuLinks } from './menuLinks'
import type { ResolvedLink } from './siteLink'

export type NavKey =
  'home' | 'services' | 'massageTypes' | 'therapists' | 'promotions' | 'guide' | 'contact' | 'book'

type Props = {
  locale: Locale
  /** The same page in the other language. */
  switchHref: string
  current?: NavKey
  /** Where this page's Book actions go, with its service, therapist or offer chosen. */
  bookHref?: string
  /** An editor's page being shown, so its menu link is marked current. */
  currentPageId?: string
  children: ReactNode
}

/**
 * Header, main landmark, footer and — on phones — a booking bar that stays on screen, around
 * every public page. The phone menu is a <details> disclosure: it works without JavaScript.
 */
export async function PageShell({
  locale,
  switchHref,
  current,
  bookHref,
  currentPageId,
  children,
}: Props) {
  const [t, common, preview, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'Preview' }),
    getSiteSettings(locale),
  ])
  const links = await menuLinks(locale, settings)
  const headerBookHref = pathFor(locale, '/book')
  const isCurrent = (link: ResolvedLink) =>
    (link.route !== undefined && link.route === current) ||
    (link.pageId !== undefined && link.pageId === currentPageId)
  const navList = (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} aria-current={isCurrent(link) ? 'page' : undefined}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  )
  const previewing = (await draftMode()).isEnabled

  return (
    <>
      {previewing && (
        <div className="preview-bar" role="status" data-testid="preview-bar">
          <LivePreviewRefresh />
          {preview('bar')}{' '}
          <a href="/preview/exit" rel="nofollow">
            {preview('exit')}
          </a>
        </div>
      )}
      <header className="site-header">
        <div className="site-header__inner container">
          <a
            className="site-header__brand"
            href={pathFor(locale, '/')}
            aria-current={current === 'home' ? 'page' : undefined}
          >
            {/* Named by its visible words plus "home" (WCAG 2.5.3: no aria-label to differ). */}
            <Logo name={settings.spaName} place={common('city')} />
            <span className="visually-hidden">{t('homeSuffix')}</span>
          </a>
          <nav aria-label={t('label')} className="site-nav site-nav--wide">
            {navList}
          </nav>
          <div className="site-header__actions">
            <LanguageSwitcher locale={locale} href={switchHref} />
            <a
              className="button button--small site-header__book"
              href={headerBookHref}
              aria-current={current === 'book' ? 'page' : undefined}
            >
              {t('book')}
            </a>
            <details className="menu">
              <summary className="menu__toggle" data-testid="menu-toggle">
                <span className="menu__icon" aria-hidden="true" />
                {t('menu')}
              </summary>
              <nav aria-label={t('label')} className="menu__panel site-nav">
                {navList}
              </nav>
            </details>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      {/* The contact page shows the hours itself, once. */}
      {await siteFooter(locale, current !== 'contact')}
      {await bookingBar(locale, bookHref)}
    </>
  )
}
