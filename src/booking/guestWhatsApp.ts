import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { formatClock, formatDayDate } from '@/utilities/format'
import { whatsappUrl } from '@/utilities/whatsapp'
import type { DeskBooking } from './frontDesk'

/**
 * The desk's WhatsApp link to a guest, with a message in the guest's language carrying the
 * reference: a confirmation for a new or confirmed request, otherwise a greeting about it.
 * `treatment` is the service's name in the guest's language.
 */
export function guestWhatsAppHref(booking: DeskBooking, treatment: string | null): string | null {
  if (!booking.phone) return null
  const locale: Locale = booking.replyLanguage === 'id' ? 'id' : 'en'
  const t = translatorFor(locale, 'FrontDesk')
  const minutes = booking.durationMinutes
    ? `${booking.durationMinutes} ${locale === 'id' ? 'menit' : 'min'}`
    : ''
  const values = {
    name: booking.name ?? '',
    reference: booking.reference ?? '',
    treatment: [treatment, minutes].filter(Boolean).join(' ') || '—',
    when: `${formatDayDate(booking.preferredDate, locale)}, ${formatClock(booking.preferredTime, locale)} WIB`,
  }
  const confirming = booking.status === 'new' || booking.status === 'confirmed'
  return whatsappUrl(booking.phone, t(confirming ? 'whatsappConfirm' : 'whatsappHello', values))
}
