import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { Promotion } from '@/payload-types'
import type { WithFallback } from '@/queries/localizedFind'
import { fallbackLang } from './fallbackLang'
import { MediaImage } from './MediaImage'
import { promotionText } from './promotionText'

type Props = { promotion: WithFallback<Promotion>; locale: Locale; headingLevel?: 2 | 3 }

export async function PromotionCard({ promotion, locale, headingLevel = 2 }: Props) {
  const [t, text] = await Promise.all([
    getTranslations({ locale, namespace: 'Promotions' }),
    promotionText(promotion, locale),
  ])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = pathFor(locale, { pathname: '/promotions/[slug]', params: { slug: promotion.slug } })
  return (
    <article className="card" data-testid="promotion-card">
      <MediaImage
        media={promotion.banner}
        owner={promotion}
        ownerPath="banner"
        sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw"
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
        <p className="card__meta">{text.ends}</p>
        {promotion.promoCode && (
          <p className="muted">{t('promoCode', { code: promotion.promoCode })}</p>
        )}
      </div>
    </article>
  )
}
