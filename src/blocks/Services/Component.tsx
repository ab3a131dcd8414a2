import { getTranslations } from 'next-intl/server'
import { ServiceCard } from '@/components/ServiceCard'
import { pathFor } from '@/i18n/paths'
import type { ServicesBlock as ServicesData } from '@/payload-types'
import { populated } from '@/queries/populated'
import { listActivePromotions } from '@/queries/promotions'
import { listServices } from '@/queries/services'
import { bestOffer } from '@/promotions/pricing'
import { BlockHead, headingIdOf } from '../BlockHead'
import type { BlockProps } from '../types'
import { chooseServices } from './chooseServices'
import styles from './Services.module.css'

export async function ServicesBlock({
  block,
  locale,
  anchor,
  first,
  lang,
}: BlockProps<ServicesData>) {
  const [t, services, promotions] = await Promise.all([
    getTranslations({ locale, namespace: 'Blocks' }),
    listServices(locale),
    listActivePromotions(locale),
  ])
  const now = new Date()
  const offerFrom = (service: (typeof services)[number]) => {
    const prices = service.options.flatMap(
      (option) => bestOffer(promotions, service.id, option, now)?.priceIdr ?? [],
    )
    return prices.length > 0 ? Math.min(...prices) : null
  }
  const shown = chooseServices(services, {
    source: block.source,
    picked: (block.services ?? []).map((service) => populated(service)?.id ?? String(service)),
    modality: block.modality ? (populated(block.modality)?.id ?? String(block.modality)) : null,
    goal: block.goal ?? null,
    limit: block.limit ?? 6,
  })
  const headingId = headingIdOf(anchor)
  return (
    <section className="section" aria-labelledby={headingId}>
      <BlockHead
        heading={block.heading}
        intro={block.intro}
        anchor={anchor}
        first={first}
        lang={lang}
      />
      {shown.length === 0 ? (
        <p>{t('noServices')}</p>
      ) : (
        <ul className={`grid ${styles.list}`} data-testid="service-list">
          {shown.map((service) => (
            <li key={service.id}>
              <ServiceCard
                service={service}
                locale={locale}
                headingLevel={first ? 2 : 3}
                offerFromIdr={offerFrom(service)}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="section__more">
        <a href={pathFor(locale, '/services')}>{t('allServices')}</a>
      </p>
    </section>
  )
}
