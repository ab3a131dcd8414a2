import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { handleMissing, switchTarget } from '@/components/documentPage'
import { fallbackLang } from '@/components/fallbackLang'
import { MediaImage } from '@/components/MediaImage'
import { PageShell } from '@/components/PageShell'
import { bookingHref } from '@/i18n/bookingHref'
import { PriceTable } from '@/components/PriceTable'
import { promotionText } from '@/components/promotionText'
import { RichTextContent } from '@/components/RichTextContent'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { bestOffer } from '@/promotions/pricing'
import { getPromotionPage } from '@/queries/promotions'
import { getSiteSettings } from '@/queries/siteSettings'
import { JsonLd } from '@/seo/JsonLd'
import { documentMetadata } from '@/seo/pageMetadata'
import { promotionLd } from '@/seo/structuredData'
import { whatsappUrl } from '@/utilities/whatsapp'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const promotionPath = (locale: Locale) => (slug: string) =>
  pathFor(locale, { pathname: '/promotions/[slug]', params: { slug } })
const servicePath = (locale: Locale, slug: string) =>
  pathFor(locale, { pathname: '/services/[slug]', params: { slug } })

// Rendered on first request, then cached until the promotion changes, starts or ends.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const page = await getPromotionPage(locale, slug)
  if (page.kind !== 'found') return {}
  const { promotion } = page
  return documentMetadata({
    locale,
    slug,
    alternates: page.alternates,
    pathFor: promotionPath,
    title: promotion.meta?.title || promotion.title,
    description: promotion.meta?.description || promotion.summary,
    image: promotion.meta?.image || promotion.banner,
  })
}

export default async function PromotionPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const page = await getPromotionPage(locale, slug)
  if (page.kind !== 'found') return handleMissing(page, promotionPath(locale))

  const { promotion, services, alternates } = page
  const [t, nav, common, wa, settings, text] = await Promise.all([
    getTranslations({ locale, namespace: 'Promotions' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getSiteSettings(locale),
    promotionText(promotion, locale),
  ])
  const lang = (path: string) => fallbackLang(promotion, path)
  const other = otherLocale(locale)
  const now = new Date()
  const offerPrices = services.flatMap((service) =>
    service.options.flatMap((option) => {
      const offer = bestOffer([promotion], service.id, option, now)
      return offer ? [offer.priceIdr] : []
    }),
  )
  const lowest = offerPrices.length > 0 ? Math.min(...offerPrices) : null
  // One treatment (and a package's length) is chosen for the guest; the code in every case.
  const only = services.length === 1 ? services[0] : undefined
  const bookHref = bookingHref(locale, {
    service: only?.slug ?? undefined,
    duration: only ? (promotion.packageDurationMinutes ?? undefined) : undefined,
    promo: promotion.promoCode ?? undefined,
  })

  return (
    <PageShell
      locale={locale}
      switchHref={switchTarget(
        alternates,
        other,
        promotionPath(other),
        pathFor(other, '/promotions'),
      )}
      bookHref={bookHref}
      current="promotions"
    >
      <article className="section section--first detail">
        <Breadcrumbs
          locale={locale}
          items={[
            { name: nav('promotions'), path: pathFor(locale, '/promotions') },
            { name: promotion.title, path: promotionPath(locale)(slug), lang: lang('title') },
          ]}
        />
        <JsonLd
          data={promotionLd(
            promotion,
            promotionPath(locale)(slug),
            lowest,
            services.map((service) => ({
              name: service.name,
              path: servicePath(locale, service.slug),
            })),
            settings,
          )}
        />
        <div className="detail__header">
          <div>
            <p className="eyebrow">{text.discount}</p>
            <h1 lang={lang('title')}>{promotion.title}</h1>
            <p className="lead" lang={lang('summary')}>
              {promotion.summary}
            </p>
            <p data-testid="promotion-validity">{text.validity}</p>
            {promotion.promoCode && (
              <p>
                {t('codeLabel')} <span className="code-chip">{promotion.promoCode}</span>
              </p>
            )}
            <p className="actions">
              <a
                className="button"
                href={whatsappUrl(
                  settings.whatsapp,
                  promotion.promoCode
                    ? wa('promotionCode', { title: promotion.title, code: promotion.promoCode })
                    : wa('promotion', { title: promotion.title }),
                )}
                rel="noopener"
              >
                {common('bookWhatsApp')}
              </a>
              <a className="button button--secondary" href={bookHref} data-testid="promotion-book">
                {common('bookForm')}
              </a>
            </p>
          </div>
          <MediaImage
            media={promotion.banner ?? services[0]?.image}
            owner={promotion.banner ? promotion : undefined}
            ownerPath="banner"
            sizes="(min-width: 40rem) 28rem, 100vw"
            priority
            className="detail__image"
          />
        </div>

        <RichTextContent data={promotion.body} lang={lang('body')} />

        <section aria-labelledby="applies-heading">
          <h2 id="applies-heading">{t('appliesToHeading')}</h2>
          {promotion.appliesToAll && <p>{t('appliesToAll')}</p>}
          {services.map((service) => (
            <section key={service.id} className="promo-service">
              <h3>
                <a href={servicePath(locale, service.slug)} lang={fallbackLang(service, 'name')}>
                  {service.name}
                </a>
              </h3>
              <PriceTable
                service={service}
                slug={service.slug ?? service.id}
                locale={locale}
                whatsapp={settings.whatsapp}
                promotions={[promotion]}
                at={now}
              />
            </section>
          ))}
        </section>

        {promotion.terms && (
          <section aria-labelledby="terms-heading">
            <h2 id="terms-heading">{t('termsHeading')}</h2>
            <p lang={lang('terms')} className="prewrap">
              {promotion.terms}
            </p>
          </section>
        )}
      </article>
    </PageShell>
  )
}
