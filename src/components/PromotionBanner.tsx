import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { Promotion } from '@/payload-types'
import type { WithFallback } from '@/queries/localizedFind'
import { fallbackLang } from './fallbackLang'
import { MediaImage } from './MediaImage'
import { promotionText } from './promotionText'

type Props = { promotion: WithFallback<Promotion>; locale: Locale }

/** The featured running offer, near the top of the home page. */
export async function PromotionBanner({ promotion, locale }: Props) {
  const [t, text] = await Promise.all([
    getTranslations({ locale, namespace: 'Promotions' }),
    promotionText(promotion, locale),
  ])
  const href = pathFor(locale, { pathname: '/promotions/[slug]', params: { slug: promotion.slug } })
  return (
    <aside className="promo-banner" aria-labelledby="promo-banner-title" data-testid="promo-banner">
      <div className="promo-banner__body">
        <p className="eyebrow">
          {t('bannerEyebrow')} · {text.discount}
        </p>
        <p
          id="promo-banner-title"
          className="promo-banner__title"
          lang={fallbackLang(promotion, 'title')}
        >
          {promotion.title}
        </p>
        <p lang={fallbackLang(promotion, 'summary')}>{promotion.summary}</p>
        <p>{text.ends}</p>
        <p>
          <a href={href} className="button button--light">
            {t('seeOffer')}
            <span className="visually-hidden">: {promotion.title}</span>
          </a>
        </p>
      </div>
      <MediaImage
        media={promotion.banner}
        owner={promotion}
        ownerPath="banner"
        sizes="(min-width: 48rem) 28rem, 100vw"
        className="promo-banner__image"
      />
    </aside>
  )
}
