import { draftMode } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { getSiteSettings } from '@/queries/siteSettings'
import { mapUrl } from '@/utilities/maps'
import { whatsappUrl } from '@/utilities/whatsapp'
import { LanguageSwitcher } from './LanguageSwitcher'
import { Logo } from './Logo'
import { OpeningHoursList } from './OpeningHoursList'
import { SpaAddress } from './SpaAddress'

export type NavKey =
  'home' | 'services' | 'massageTypes' | 'therapists' | 'promotions' | 'guide' | 'contact' | 'book'

type Props = {
  locale: Locale
  /** The same page in the other language. */
  switchHref: string
  current?: NavKey
  children: ReactNode
}

/**
 * Header, main landmark, footer and — on phones — a booking bar that stays on screen, around
 * every public page. The phone menu is a <details> disclosure: it works without JavaScript.
 */
export async function PageShell({ locale, switchHref, current, children }: Props) {
  const [t, common, footer, social, preview, wa, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'Social' }),
    getTranslations({ locale, namespace: 'Preview' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getSiteSettings(locale),
  ])
  const links: { key: NavKey; href: string }[] = [
    { key: 'services', href: pathFor(locale, '/services') },
    { key: 'massageTypes', href: pathFor(locale, '/massage-types') },
    { key: 'therapists', href: pathFor(locale, '/therapists') },
    { key: 'promotions', href: pathFor(locale, '/promotions') },
    { key: 'guide', href: pathFor(locale, '/guide') },
    { key: 'contact', href: pathFor(locale, '/contact') },
  ]
  const bookHref = pathFor(locale, '/book')
  const whatsapp = whatsappUrl(settings.whatsapp, wa('general'))
  const navList = (
    <ul>
      {links.map((link) => (
        <li key={link.key}>
          <a href={link.href} aria-current={current === link.key ? 'page' : undefined}>
            {t(link.key)}
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
            aria-label={t('homeLink')}
          >
            <Logo name={settings.spaName} place={common('city')} />
          </a>
          <nav aria-label={t('label')} className="site-nav site-nav--wide">
            {navList}
          </nav>
          <div className="site-header__actions">
            <LanguageSwitcher locale={locale} href={switchHref} />
            <a
              className="button button--small site-header__book"
              href={bookHref}
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
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <section className="site-footer__brand" aria-label={settings.spaName}>
            <Logo name={settings.spaName} place={common('city')} />
            <p className="muted">{footer('tagline')}</p>
          </section>
          <section aria-labelledby="footer-visit">
            <h2 id="footer-visit">{footer('visit')}</h2>
            <SpaAddress settings={settings} withPhone />
            <p>
              <a href={mapUrl(settings)} rel="noopener">
                {footer('map')}
              </a>
            </p>
          </section>
          {current !== 'contact' && (
            // The contact page shows the hours itself, once.
            <section aria-labelledby="footer-hours">
              <h2 id="footer-hours">{footer('hours')}</h2>
              <OpeningHoursList settings={settings} locale={locale} />
            </section>
          )}
          {settings.socialLinks && settings.socialLinks.length > 0 && (
            <section aria-labelledby="footer-follow">
              <h2 id="footer-follow">{footer('follow')}</h2>
              <ul className="plain-list site-footer__links">
                {settings.socialLinks.map((link) => (
                  <li key={link.id ?? link.url}>
                    <a href={link.url} rel="noopener">
                      {social(link.platform)}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="container site-footer__notes">
          <p>{footer('medicalNote')}</p>
          <p>{footer('rights', { year: new Date().getFullYear(), name: settings.spaName })}</p>
        </div>
      </footer>
      <nav className="booking-bar" aria-label={t('bookingBar')} data-testid="booking-bar">
        <a className="button button--whatsapp" href={whatsapp} rel="noopener">
          <WhatsAppIcon />
          {common('whatsappShort')}
        </a>
        <a className="button button--light" href={bookHref}>
          {t('bookTreatment')}
        </a>
      </nav>
    </>
  )
}

/** A chat bubble: WhatsApp is where most guests book. */
function WhatsAppIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 3C6.5 3 2 6.9 2 11.7c0 2.6 1.3 4.9 3.4 6.5L4.6 22l4.2-2.3c1 .3 2.1.4 3.2.4 5.5 0 10-3.9 10-8.7S17.5 3 12 3Z"
      />
    </svg>
  )
}
