import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Service } from '@/payload-types'
import { bestOffer, type PromotionTerms } from '@/promotions/pricing'
import { formatDate, formatIdr, formatJakartaClock } from '@/utilities/format'
import { whatsappUrl } from '@/utilities/whatsapp'

type Props = {
  service: Pick<Service, 'id' | 'name' | 'options'>
  locale: Locale
  whatsapp: string
  /** Running promotions; each duration shows the lowest offer price next to the struck-out price. */
  promotions?: PromotionTerms[]
  at?: Date
}

/** Every duration with its price (and offer price), each with a WhatsApp link naming it. */
export async function PriceTable({
  service,
  locale,
  whatsapp,
  promotions = [],
  at = new Date(),
}: Props) {
  const [t, common, wa, promo] = await Promise.all([
    getTranslations({ locale, namespace: 'Service' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getTranslations({ locale, namespace: 'Promotions' }),
  ])
  return (
    <table className="price-table">
      <caption className="visually-hidden">{t('pricesCaption', { name: service.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('durationColumn')}</th>
          <th scope="col">{t('priceColumn')}</th>
          <th scope="col">{t('bookColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {service.options.map((option) => {
          const minutes = option.durationMinutes
          const offer = bestOffer(promotions, service.id, option, at)
          const text = offer
            ? `${wa('service', { service: service.name, minutes })} ${wa('promotion', { title: offer.promotion.title })}`
            : wa('service', { service: service.name, minutes })
          return (
            <tr key={option.id ?? minutes}>
              <th scope="row">{common('duration', { minutes })}</th>
              <td className="price">
                {offer ? (
                  <>
                    <del>
                      <span className="visually-hidden">{promo('regularPrice')}: </span>
                      <span data-testid="price">{formatIdr(option.priceIdr, locale)}</span>
                    </del>{' '}
                    <ins className="price--offer">
                      <span className="visually-hidden">{promo('promoPrice')}: </span>
                      <span data-testid="promo-price">{formatIdr(offer.priceIdr, locale)}</span>
                    </ins>
                    <small className="price__note" data-testid="promo-note">
                      {promo('offerUntil', {
                        title: offer.promotion.title,
                        date: formatDate(offer.promotion.endsAt, locale),
                        time: formatJakartaClock(offer.promotion.endsAt, locale),
                      })}
                    </small>
                  </>
                ) : (
                  <span data-testid="price">{formatIdr(option.priceIdr, locale)}</span>
                )}
              </td>
              <td>
                <a
                  className="button button--small"
                  href={whatsappUrl(whatsapp, text)}
                  rel="noopener"
                  data-testid="whatsapp-option"
                >
                  <span aria-hidden="true">{common('whatsappShort')}</span>
                  <span className="visually-hidden">{common('bookWhatsAppFor', { minutes })}</span>
                </a>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
