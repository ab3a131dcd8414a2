import { getTranslations } from 'next-intl/server'
import { cache } from 'react'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { getSiteSettings } from '@/queries/siteSettings'
import { whatsappUrl } from '@/utilities/whatsapp'

/**
 * The phone booking bar (its Book link keeps the page's context: service, therapist, offer), built once per request and language so that the page and the not-found
 * page carried in its payload share one element (see siteFooter).
 */
export const bookingBar = cache(async (locale: Locale, bookHref?: string) => {
  const [t, common, wa, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getSiteSettings(locale),
  ])
  return (
    <nav className="booking-bar" aria-label={t('bookingBar')} data-testid="booking-bar">
      <a
        className="button button--whatsapp"
        href={whatsappUrl(settings.whatsapp, wa('general'))}
        rel="noopener"
      >
        <WhatsAppIcon />
        {common('whatsappShort')}
      </a>
      <a className="button button--light" href={bookHref ?? pathFor(locale, '/book')}>
        {t('bookTreatment')}
      </a>
    </nav>
  )
})

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
