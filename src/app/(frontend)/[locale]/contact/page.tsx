import type { Metadata } from 'next'
import { readablePhone } from '@/utilities/phone'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { BookingSection } from '@/components/BookingSection'
import { OpeningHoursList } from '@/components/OpeningHoursList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import { SpaAddress } from '@/components/SpaAddress'
import { SpaJsonLd } from '@/components/SpaJsonLd'
import { WhatsAppButton } from '@/components/WhatsAppButton'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listingMetadata } from '@/seo/pageMetadata'
import { listServices } from '@/queries/services'
import { getSiteSettings } from '@/queries/siteSettings'
import { mapUrl } from '@/utilities/maps'
import summaryList from '@/components/SummaryList.module.css'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return listingMetadata(locale, (code) => pathFor(code, '/contact'), {
    title: 'contactTitle',
    description: 'contactDescription',
  })
}

export default async function ContactPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, settings, services] = await Promise.all([
    getTranslations({ locale, namespace: 'Contact' }),
    getSiteSettings(locale),
    listServices(locale),
  ])
  const { address } = settings

  return (
    <PageShell
      locale={locale}
      switchHref={pathFor(otherLocale(locale), '/contact')}
      current="contact"
    >
      <SpaJsonLd settings={settings} locale={locale} services={services} />
      <div className="section section--first">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('title'), path: pathFor(locale, '/contact') }]}
        />
        <h1>{t('title')}</h1>
        {settings.introductions?.contact && (
          <p className="lead prewrap">{settings.introductions.contact}</p>
        )}
        <div className="contact-grid detail__section">
          <div className="stack">
            <section className="address-card" aria-labelledby="address-heading">
              <h2 id="address-heading">{t('addressHeading')}</h2>
              <SpaAddress settings={settings} />
              {address.directions && <p className="muted">{address.directions}</p>}
              <p className="actions">
                <a className="button button--secondary" href={mapUrl(settings)} rel="noopener">
                  {t('mapLink')}
                </a>
              </p>
              <dl className={summaryList.list}>
                <dt>{t('phoneHeading')}</dt>
                <dd>
                  <a href={`tel:${settings.phone}`}>{readablePhone(settings.phone)}</a>
                </dd>
                <dt>{t('whatsappHeading')}</dt>
                <dd>
                  <WhatsAppButton locale={locale} className="button button--small" />
                </dd>
              </dl>
            </section>
            <section className="address-card" aria-labelledby="hours-heading">
              <h2 id="hours-heading">{t('hoursHeading')}</h2>
              <OpeningHoursList settings={settings} locale={locale} />
            </section>
          </div>
          <section aria-labelledby="form-heading" className="booking-panel" id="booking">
            <h2 id="form-heading">{t('formHeading')}</h2>
            <BookingSection locale={locale} />
          </section>
        </div>
      </div>
    </PageShell>
  )
}
