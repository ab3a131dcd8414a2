import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { getSiteSettings } from '@/queries/siteSettings'
import { whatsappUrl } from '@/utilities/whatsapp'

type Props = {
  locale: Locale
  /** The prefilled chat message; the general booking question when left out. */
  message?: string
  label?: string
  className?: string
}

/** "Book via WhatsApp": opens a chat with the spa's number and a prefilled message. */
export async function WhatsAppButton({ locale, message, label, className = 'button' }: Props) {
  const [common, wa, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getSiteSettings(locale),
  ])
  return (
    <a
      className={className}
      href={whatsappUrl(settings.whatsapp, message ?? wa('general'))}
      rel="noopener"
      data-testid="whatsapp-link"
    >
      {label ?? common('bookWhatsApp')}
    </a>
  )
}
