import { PromotionBanner } from '@/components/PromotionBanner'
import { PromotionCard } from '@/components/PromotionCard'
import type { OffersBlock as OffersData } from '@/payload-types'
import { listActivePromotions } from '@/queries/promotions'
import { listServices } from '@/queries/services'
import type { BlockProps } from '../types'
import styles from './Offers.module.css'

/** The running offers: nothing at all while none runs (the page is expired when one starts). */
export async function OffersBlock({ block, locale, anchor, first, lang }: BlockProps<OffersData>) {
  const promotions = await listActivePromotions(locale)
  if (promotions.length === 0) return null
  if (block.style === 'banner') {
    const featured = promotions.find((promotion) => promotion.featured) ?? promotions[0]
    return featured ? (
      <div className={`section section--tight ${styles.banner}`}>
        <PromotionBanner promotion={featured} locale={locale} />
      </div>
    ) : null
  }
  const services = await listServices(locale)
  const Heading = first ? 'h1' : 'h2'
  const headingId = `${anchor}-heading`
  return (
    <section className="section" aria-labelledby={block.heading ? headingId : undefined}>
      {block.heading && (
        <div className="section__head">
          <Heading id={headingId} lang={lang('heading')}>
            {block.heading}
          </Heading>
        </div>
      )}
      <ul className="stack-list" data-testid="promotion-list">
        {promotions.map((promotion) => (
          <li key={promotion.id}>
            <PromotionCard
              promotion={promotion}
              services={services}
              locale={locale}
              headingLevel={block.heading || !first ? 3 : 2}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
