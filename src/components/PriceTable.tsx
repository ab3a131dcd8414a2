import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Service } from '@/payload-types'
import { bestOffer, type PromotionTerms } from '@/promotions/pricing'
import { formatDate, formatIdr, formatJakartaClock } from '@/utilities/format'
import { whatsappUrl } from '@/utilities/whatsapp'
import { bookingHref } from '@/i18n/bookingHref'

type Props = {
  service: Pick<Service, 'id' | 'name' | 'options'>
  locale: Locale
  whatsapp: string
  /** Running promotions; each duration shows the lowest offer price next to the struck-out price. */
  promotions?: PromotionTerms[]
  /** The service's address slug in `locale`, for each duration's Book link. */
  slug: string
  at?: Date
}

/**
 * Every duration with its price — and, during an offer, the offer price under the regular one,
 * with one note about the offer above the list. A table on wide screens; on phones each duration
 * becomes a stacked row (CSS only) with its two ways to book.
 */
export async function PriceTable({
  service,
  locale,
  whatsapp,
  promotions = [],
  slug,
  at = new Date(),
}: Props) {
  const [t, common, wa, promo] = await Promise.all([
    getTranslations({ locale, namespace: 'Service' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getTranslations({ locale, namespace: 'Promotions' }),
  ])
  const rows = service.options.map((option) => ({
    option,
    offer: bestOffer(promotions, service.id, option, at),
  }))
  const offers = [
    ...new Map(
      rows.flatMap(({ offer }) => (offer ? [[offer.promotion.id, offer.promotion]] : [])),
    ).values(),
  ]

  return (
    <div className="price-list">
      {offers.map((promotion) => (
        <p key={promotion.id} className="notice notice--offer" data-testid="promo-note">
          <strong>{promotion.title}</strong>
          <span>
            {promo('offerNote', {
              date: formatDate(promotion.endsAt, locale),
              time: formatJakartaClock(promotion.endsAt, locale),
            })}
          </span>
        </p>
      ))}
      <table className="price-table">
        <caption className="visually-hidden">{t('pricesCaption', { name: service.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('durationColumn')}</th>
            <th scope="col">{t('priceColumn')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('bookColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ option, offer }) => {
            const minutes = option.durationMinutes
            const code = offer?.promotion.promoCode
            const text = code
              ? wa('servicePromotionCode', { service: service.name, minutes, code })
              : offer
                ? wa('servicePromotion', {
                    service: service.name,
                    minutes,
                    title: offer.promotion.title,
                  })
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
                      <ins>
                        <span className="visually-hidden">{promo('promoPrice')}: </span>
                        <span data-testid="promo-price">{formatIdr(offer.priceIdr, locale)}</span>
                      </ins>
                    </>
                  ) : (
                    <span data-testid="price">{formatIdr(option.priceIdr, locale)}</span>
                  )}
                </td>
                <td>
                  <span className="price-table__book">
                    <a
                      className="button button--small"
                      href={whatsappUrl(whatsapp, text)}
                      rel="noopener"
                      data-testid="whatsapp-option"
                    >
                      <span aria-hidden="true">{common('whatsappShort')}</span>
                      <span className="visually-hidden">
                        {common('bookWhatsAppFor', { minutes })}
                      </span>
                    </a>
                    <a
                      className="button button--small button--secondary"
                      href={bookingHref(locale, {
                        service: slug,
                        duration: minutes,
                        promo: code ?? undefined,
                      })}
                      data-testid="book-option"
                    >
                      <span aria-hidden="true">{t('bookColumn')}</span>
                      <span className="visually-hidden">{t('bookFormFor', { minutes })}</span>
                    </a>
                  </span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
