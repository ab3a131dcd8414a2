import { draftMode } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { getSiteSettings } from '@/queries/siteSettings'
import { LanguageSwitcher } from './LanguageSwitcher'
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

/** Header, main landmark and footer around every public page. */
export async function PageShell({ locale, switchHref, current, children }: Props) {
  const [t, footer, social, preview, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'Social' }),
    getTranslations({ locale, namespace: 'Preview' }),
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
        <div className="site-header__inner">
          <a
            className="brand"
            href={pathFor(locale, '/')}
            aria-current={current === 'home' ? 'page' : undefined}
          >
            {settings.spaName}
          </a>
          <nav aria-label={t('label')} className="site-nav">
            <ul>
              {links.map((link) => (
                <li key={link.key}>
                  <a href={link.href} aria-current={current === link.key ? 'page' : undefined}>
                    {t(link.key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher locale={locale} href={switchHref} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <section aria-labelledby="footer-visit">
            <h2 id="footer-visit">{footer('visit')}</h2>
            <SpaAddress settings={settings} withPhone />
          </section>
          <section aria-labelledby="footer-hours">
            <h2 id="footer-hours">{footer('hours')}</h2>
            <OpeningHoursList settings={settings} locale={locale} />
          </section>
          {settings.socialLinks && settings.socialLinks.length > 0 && (
            <section aria-labelledby="footer-follow">
              <h2 id="footer-follow">{footer('follow')}</h2>
              <ul className="plain-list">
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
        <p className="site-footer__note">{footer('medicalNote')}</p>
        <p className="site-footer__note">
          {footer('rights', { year: new Date().getFullYear(), name: settings.spaName })}
        </p>
      </footer>
    </>
  )
}
