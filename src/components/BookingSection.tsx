import { emptyValues, treatmentValue } from '@/booking/formResult'
import type { Locale } from '@/i18n/locales'
import { listServices } from '@/queries/services'
import { jakartaToday } from '@/utilities/jakartaTime'
import { BookingForm, type BookableService } from './BookingForm'

/** The services a visitor can choose in the form, in display order. */
export async function bookableServices(locale: Locale): Promise<BookableService[]> {
  return (await listServices(locale)).map((service) => ({
    id: service.id,
    name: service.name,
    options: (service.options ?? []).map(({ durationMinutes, priceIdr }) => ({
      durationMinutes,
      priceIdr,
    })),
  }))
}

/** An empty booking form, with the given service's first session length chosen. */
export async function BookingSection({
  locale,
  defaultService,
}: {
  locale: Locale
  defaultService?: string
}) {
  const services = await bookableServices(locale)
  const chosen = services.find((service) => service.id === defaultService)
  const first = chosen?.options[0]
  return (
    <BookingForm
      locale={locale}
      services={services}
      values={emptyValues(chosen && first ? treatmentValue(chosen.id, first.durationMinutes) : '')}
      minDate={jakartaToday().isoDate}
    />
  )
}
