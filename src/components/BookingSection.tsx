import type { Locale } from '@/i18n/locales'
import type { PlanService } from '@/queries/bookingPlan'
import { listServices } from '@/queries/services'
import { TreatmentPicker } from './TreatmentPicker'

/** The services a visitor can choose, in display order, with their lengths and list prices. */
export async function bookableServices(locale: Locale): Promise<PlanService[]> {
  return (await listServices(locale)).map((service) => ({
    id: service.id,
    slug: service.slug ?? service.id,
    name: service.name,
    options: (service.options ?? []).map(({ durationMinutes, priceIdr }) => ({
      durationMinutes,
      priceIdr,
    })),
  }))
}

/**
 * Booking's first step on a cached page (the booking page, a service page, contact): choose the
 * treatment — the given service's first length already chosen — then see its free times.
 */
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
    <TreatmentPicker
      locale={locale}
      services={services}
      chosen={chosen && first ? `${chosen.slug}:${first.durationMinutes}` : ''}
      idPrefix={defaultService ? 'service-pick' : 'pick'}
    />
  )
}
