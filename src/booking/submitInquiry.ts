'use server'

import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import { APIError } from 'payload'
import { isLocale, type Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/queries/payload'
import { listServices } from '@/queries/services'
import { getSiteSettings } from '@/queries/siteSettings'
import { clientIp } from '@/utilities/rateLimit'
import type { BookingState } from './state'
import {
  INQUIRY_FIELDS,
  normalisePhone,
  validateInquiry,
  type InquiryValues,
} from './validateInquiry'

const read = (form: FormData, key: string) => {
  const value = form.get(key)
  return typeof value === 'string' ? value : ''
}

/** The booking form's server action: validates in the visitor's language and stores the request. */
export async function submitInquiry(
  _previous: BookingState,
  form: FormData,
): Promise<BookingState> {
  const rawLocale = read(form, 'locale')
  const locale: Locale = isLocale(rawLocale) ? rawLocale : 'en'
  const values = Object.fromEntries(
    INQUIRY_FIELDS.map((field) => [field, read(form, field)]),
  ) as InquiryValues
  const t = await getTranslations({ locale, namespace: 'Booking.errors' })

  // Bots fill every field; people never see this one. Pretend it worked and store nothing.
  if (read(form, 'website')) {
    return { status: 'success', values, errors: {}, submittedName: values.name.trim() }
  }

  const [services, settings] = await Promise.all([listServices(locale), getSiteSettings(locale)])
  const fieldErrors = validateInquiry(values, {
    serviceIds: services.map((service) => service.id),
    settings,
    locale,
  })
  if (Object.keys(fieldErrors).length > 0) {
    const errors = Object.fromEntries(
      Object.entries(fieldErrors).map(([field, error]) => [field, t(error.code, error.params)]),
    )
    return { status: 'error', values, errors }
  }

  try {
    const payload = await getPayloadClient()
    await payload.create({
      collection: 'inquiries',
      overrideAccess: false,
      context: { clientIp: clientIp(await headers()) },
      data: {
        name: values.name.trim(),
        phone: normalisePhone(values.phone),
        service: values.service || undefined,
        preferredDate: values.date,
        preferredTime: values.time,
        message: values.message.trim() || undefined,
        replyLanguage: locale,
        status: 'new',
      },
    })
  } catch (error) {
    const tooMany = error instanceof APIError && error.status === 429
    if (!tooMany) console.error('Booking request could not be stored', error)
    return { status: 'error', values, errors: {}, formError: t(tooMany ? 'tooMany' : 'unexpected') }
  }
  return { status: 'success', values, errors: {}, submittedName: values.name.trim() }
}
