import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { listServices } from '@/queries/services'
import { jakartaToday } from '@/utilities/jakartaTime'
import { BookingForm, type BookingLabels } from './BookingForm'

const LABEL_KEYS: (keyof BookingLabels)[] = [
  'name',
  'phone',
  'phoneHint',
  'service',
  'serviceUndecided',
  'date',
  'time',
  'message',
  'messageHint',
  'honeypot',
  'submit',
  'sending',
  'required',
  'errorSummary',
  'successTitle',
  'successBody',
]

/** Server wrapper: passes the form its labels and choices, so no translation code ships to the browser. */
export async function BookingSection({
  locale,
  defaultService,
}: {
  locale: Locale
  defaultService?: string
}) {
  const [t, services] = await Promise.all([
    getTranslations({ locale, namespace: 'Booking' }),
    listServices(locale),
  ])
  const labels = Object.fromEntries(
    LABEL_KEYS.map((key) => [key, key === 'successTitle' ? t.raw(key) : t(key)]),
  ) as BookingLabels
  return (
    <BookingForm
      locale={locale}
      labels={labels}
      services={services.map((service) => ({ id: service.id, name: service.name }))}
      defaultService={defaultService}
      minDate={jakartaToday().isoDate}
    />
  )
}
