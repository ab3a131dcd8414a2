import { getTranslations } from 'next-intl/server'
import { cache } from 'react'
import type { Locale } from '@/i18n/locales'
import { getSiteSettings } from '@/queries/siteSettings'
import { mapUrl } from '@/utilities/maps'
import { Logo } from './Logo'
import { footerLinks } from './menuLinks'
import { OpeningHoursList } from './OpeningHoursList'
import { SpaAddress } from './SpaAddress'

/**
 * The footer, built once per request and language. Every page's RSC payload also carries the
 * not-found page (Next includes it for client-side navigation), footer and all: handing both the
 * same element lets React send it once and refer to it the second time.
 */
export const siteFooter = cache(async (locale: Locale, withHours: boolean) => {
  const [footer, common, social, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'Social' }),
    getSiteSettings(locale),
  ])
  const { links, legal } = await footerLinks(locale, settings)
  return (
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
        {withHours && (
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
        {links.length > 0 && (
          <section aria-labelledby="footer-more">
            <h2 id="footer-more">{footer('more')}</h2>
            <ul className="plain-list site-footer__links">
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <div className="container site-footer__notes">
        {legal.length > 0 && (
          <nav aria-label={footer('legal')}>
            <ul className="plain-list site-footer__legal" data-testid="legal-links">
              {legal.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p>{footer('medicalNote')}</p>
        <p>{footer('rights', { year: new Date().getFullYear(), name: settings.spaName })}</p>
      </div>
    </footer>
  )
})
