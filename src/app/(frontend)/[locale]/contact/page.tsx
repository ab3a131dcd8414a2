import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { BookingSection } from '@/components/BookingSection'
import { OpeningHoursList } from '@/components/OpeningHoursList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import { SpaAddress } from '@/components/SpaAddress'
import { SpaJsonLd } from '@/components/SpaJsonLd'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { listingMetadata } from '@/seo/pageMetadata'
import { listServices } from '@/queries/services'
import { getSiteSettings } from '@/queries/siteSettings'
import { whatsappUrl } from '@/utilities/whatsapp'

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
  const [t, common, wa, settings, services] = await Promise.all([
    getTranslations({ locale, namespace: 'Contact' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getSiteSettings(locale),
    listServices(locale),
  ])
  const { address, geo } = settings
  const mapHref =
    geo?.latitude != null && geo?.longitude != null
      ? `https://www.google.com/maps/search/?api=1&query=${geo.latitude},${geo.longitude}`
      : `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(`${address.street}, ${address.city}`)}`

  return (
    <PageShell
      locale={locale}
      switchHref={pathFor(otherLocale(locale), '/contact')}
      current="contact"
    >
      <SpaJsonLd settings={settings} locale={locale} services={services} />
      <div className="section">
        <Breadcrumbs
          locale={locale}
          items={[{ name: t('title'), path: pathFor(locale, '/contact') }]}
        />
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <div className="contact-grid">
          <div>
            <section aria-labelledby="whatsapp-heading">
              <h2 id="whatsapp-heading">{t('whatsappHeading')}</h2>
              <p>
                <a
                  className="button"
                  href={whatsappUrl(settings.whatsapp, wa('general'))}
                  rel="noopener"
                  data-testid="whatsapp-general"
                >
                  {common('bookWhatsApp')}
                </a>
              </p>
            </section>
            <section aria-labelledby="address-heading">
              <h2 id="address-heading">{t('addressHeading')}</h2>
              <SpaAddress settings={settings} />
              {address.directions && <p>{address.directions}</p>}
              <p>
                <a href={mapHref} rel="noopener">
                  {t('mapLink')}
                </a>
              </p>
            </section>
            <section aria-labelledby="phone-heading">
              <h2 id="phone-heading">{t('phoneHeading')}</h2>
              <p>
                <a href={`tel:${settings.phone}`}>{settings.phone}</a>
              </p>
            </section>
            <section aria-labelledby="hours-heading">
              <h2 id="hours-heading">{t('hoursHeading')}</h2>
              <OpeningHoursList settings={settings} locale={locale} />
            </section>
          </div>
          <section aria-labelledby="form-heading" className="booking">
            <h2 id="form-heading">{t('formHeading')}</h2>
            <BookingSection locale={locale} />
          </section>
        </div>
      </div>
    </PageShell>
  )
}
