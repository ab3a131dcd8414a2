import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { Service } from '@/payload-types'
import type { WithFallback } from '@/queries/localizedFind'
import { populated } from '@/queries/populated'
import type { Modality } from '@/payload-types'
import { formatIdr } from '@/utilities/format'
import { fallbackLang } from './fallbackLang'
import { MediaImage } from './MediaImage'

type Props = {
  service: WithFallback<Service>
  locale: Locale
  headingLevel?: 2 | 3
  /** The lowest price a running offer gives any of its sessions. */
  offerFromIdr?: number | null
}

export async function ServiceCard({ service, locale, headingLevel = 3, offerFromIdr }: Props) {
  const t = await getTranslations({ locale, namespace: 'Common' })
  const modality = populated<Modality>(service.modality)
  const fromPrice = Math.min(...service.options.map((option) => option.priceIdr))
  const durations = t('duration', {
    minutes: service.options.map((option) => option.durationMinutes).join(' · '),
  })
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = pathFor(locale, { pathname: '/services/[slug]', params: { slug: service.slug } })

  return (
    <article className="card">
      <MediaImage
        media={service.image}
        owner={service}
        ownerPath="image"
        sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw"
        className="card__image"
      />
      <div className="card__body">
        {modality && (
          <p className="eyebrow" lang={fallbackLang(service, 'modality.name')}>
            {modality.name}
          </p>
        )}
        <Heading className="card__title">
          <a href={href} lang={fallbackLang(service, 'name')} className="card__link">
            {service.name}
          </a>
        </Heading>
        <p lang={fallbackLang(service, 'summary')}>{service.summary}</p>
        <p className="card__meta">
          <span className="price">{t('priceFrom', { price: formatIdr(fromPrice, locale) })}</span>
          {offerFromIdr != null && offerFromIdr < fromPrice && (
            <span className="price" data-testid="offer-price">
              <ins>{t('offerFrom', { price: formatIdr(offerFromIdr, locale) })}</ins>
            </span>
          )}
          <span className="muted">{durations}</span>
        </p>
      </div>
    </article>
  )
}
