import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { Promotion, Service } from '@/payload-types'
import { bestOffer } from '@/promotions/pricing'
import type { WithFallback } from '@/queries/localizedFind'
import { formatIdr } from '@/utilities/format'
import { fallbackLang } from './fallbackLang'
import { MediaImage } from './MediaImage'
import { promotionText } from './promotionText'

type Props = {
  promotion: WithFallback<Promotion>
  /** Published services, for the offer's example price and, without a banner, its picture. */
  services: WithFallback<Service>[]
  locale: Locale
  headingLevel?: 2 | 3
}

/** The services a promotion applies to, in display order. */
export function servicesOf(promotion: Promotion, services: WithFallback<Service>[]) {
  if (promotion.appliesToAll) return services
  const ids = new Set(
    (promotion.services ?? []).map((service) =>
      typeof service === 'object' ? service.id : service,
    ),
  )
  return services.filter((service) => ids.has(service.id))
}

/** A running offer as a full-width card: picture, discount, an example price, end date, code. */
export async function PromotionCard({ promotion, services, locale, headingLevel = 2 }: Props) {
  const [t, text] = await Promise.all([
    getTranslations({ locale, namespace: 'Promotions' }),
    promotionText(promotion, locale),
  ])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = pathFor(locale, { pathname: '/promotions/[slug]', params: { slug: promotion.slug } })
  const applicable = servicesOf(promotion, services)
  const example = applicable
    .flatMap((service) =>
      service.options.map((option) => ({
        service,
        option,
        offer: bestOffer([promotion], service.id, option, new Date()),
      })),
    )
    .find((entry) => entry.offer)
  const picture = promotion.banner ?? applicable[0]?.image

  return (
    <article className="card card--wide promo-card" data-testid="promotion-card">
      <MediaImage
        media={picture}
        owner={promotion.banner ? promotion : undefined}
        ownerPath="banner"
        sizes="(min-width: 72rem) 30rem, (min-width: 40rem) 42vw, 100vw"
        className="card__image"
      />
      <div className="card__body">
        <p className="eyebrow">{text.discount}</p>
        <Heading className="card__title">
          <a href={href} lang={fallbackLang(promotion, 'title')} className="card__link">
            {promotion.title}
          </a>
        </Heading>
        <p lang={fallbackLang(promotion, 'summary')}>{promotion.summary}</p>
        {example?.offer && (
          <p className="promo-example">
            <span lang={fallbackLang(example.service, 'name')}>
              {t('examplePrice', {
                name: example.service.name,
                minutes: example.option.durationMinutes,
              })}
            </span>
            <span className="price">
              <del>
                <span className="visually-hidden">{t('regularPrice')}: </span>
                {formatIdr(example.option.priceIdr, locale)}
              </del>{' '}
              <ins>
                <span className="visually-hidden">{t('promoPrice')}: </span>
                {formatIdr(example.offer.priceIdr, locale)}
              </ins>
            </span>
          </p>
        )}
        <p className="muted">{text.ends}</p>
        {promotion.promoCode && (
          <p className="promo-card__code">
            {t('codeLabel')} <span className="code-chip">{promotion.promoCode}</span>
          </p>
        )}
        <p className="card__more" aria-hidden="true">
          {t('seeOffer')} →
        </p>
      </div>
    </article>
  )
}
