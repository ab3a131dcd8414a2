import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Service } from '@/payload-types'
import { formatIdr } from '@/utilities/format'
import { whatsappUrl } from '@/utilities/whatsapp'

type Props = { service: Pick<Service, 'name' | 'options'>; locale: Locale; whatsapp: string }

/** Every duration with its price, each with a WhatsApp link whose message names it. */
export async function PriceTable({ service, locale, whatsapp }: Props) {
  const [t, common, wa] = await Promise.all([
    getTranslations({ locale, namespace: 'Service' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
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
          const text = wa('service', { service: service.name, minutes })
          return (
            <tr key={option.id ?? minutes}>
              <th scope="row">{common('duration', { minutes })}</th>
              <td className="price" data-testid="price">
                {formatIdr(option.priceIdr, locale)}
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
