import type { PayloadRequest, Validate } from 'payload'
import {
  checkDate,
  checkEmail,
  checkMessage,
  checkName,
  checkPhone,
  checkTime,
  isCalendarDate,
  type BookingError,
} from '@/booking/rules'
import {
  checkPromoCode,
  jakartaInstant,
  normalisePromoCode,
  type CodedPromotion,
  type PromoCheck,
} from '@/promotions/promoCode'
import { nestedReq } from '@/hooks/nestedReq'
import { isLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Inquiry, SiteSetting } from '@/payload-types'
import { formatClock } from '@/utilities/format'

type InquiryData = Partial<Inquiry>

/**
 * The language a refusal is written in: the visitor's reply language when given (the form always
 * sends it), else the language of the request (`?locale=` or the admin's language).
 */
export function refusalLanguage(req: PayloadRequest, data: InquiryData | undefined): Locale {
  if (isLocale(data?.replyLanguage)) return data.replyLanguage
  if (isLocale(req.locale)) return req.locale
  return isLocale(req.i18n?.language) ? req.i18n.language : 'en'
}

const CLOCK_PARAMS = ['opens', 'closes', 'latest'] as const

export function refusal(error: BookingError, locale: Locale): string {
  const params = { ...error.params }
  for (const key of CLOCK_PARAMS) {
    const value = params[key]
    if (typeof value === 'string') params[key] = formatClock(value, locale)
  }
  return translatorFor(locale, 'Booking')(`errors.${error.code}`, params)
}

/** Turns a pure rule into a Payload field validation with a message in the visitor's language. */
const rule =
  <T>(
    check: (
      value: unknown,
      options: Parameters<Validate<T, InquiryData>>[1],
    ) => BookingError | null | Promise<BookingError | null>,
  ): Validate<T, InquiryData> =>
  async (value, options) => {
    const error = await check(value, options)
    return error ? refusal(error, refusalLanguage(options.req, options.data)) : true
  }

/** A value is checked against "now" when the request is new or the value was changed. */
const isNewValue = (options: { operation?: string; previousValue?: unknown }, value: unknown) =>
  options.operation === 'create' || options.previousValue !== value

/** The opening hours, read once per request. */
async function openingHours(req: PayloadRequest): Promise<Pick<SiteSetting, 'openingHours'>> {
  const cached = req.context.openingHours as Pick<SiteSetting, 'openingHours'> | undefined
  if (cached) return cached
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    req: nestedReq(req),
  })
  req.context.openingHours = { openingHours: settings.openingHours }
  return { openingHours: settings.openingHours }
}

/** The published service's session lengths, or null when there is no such published service. */
export async function publishedServiceDurations(
  req: PayloadRequest,
  id: unknown,
): Promise<number[] | null> {
  const options = await publishedServiceOptions(req, id)
  return options ? options.map((option) => option.durationMinutes) : null
}

const now = () => new Date()

/** A request whose guest details were erased (privacy/eraseGuestData) has none left to check. */
const unlessErased =
  (check: (value: unknown) => BookingError | null) =>
  (value: unknown, options: { data?: Partial<InquiryData> }) =>
    options.data?.personalDataErasedAt ? null : check(value)

export const validateName = rule<string>(unlessErased(checkName))
export const validatePhone = rule<string>(unlessErased(checkPhone))
export const validateEmail = rule<string>(unlessErased(checkEmail))
export const validateMessage = rule<string>(unlessErased(checkMessage))

export const validateService = rule<unknown>(async (value, options) => {
  if (value == null || value === '') return null
  if (!isNewValue(options, value)) return null
  return (await publishedServiceDurations(options.req, value)) ? null : { code: 'serviceUnknown' }
})

export const validateDuration = rule<number>(async (value, options) => {
  if (value == null) return null
  const service = options.data?.service
  if (!isNewValue(options, value)) return null
  const durations = service ? await publishedServiceDurations(options.req, service) : null
  // An unknown service is reported on the service field itself.
  if (service && !durations) return null
  return typeof value === 'number' && durations?.includes(value)
    ? null
    : { code: 'durationUnknown' }
})

/** A therapist the guest may ask for: a published, active one. */
export const validateTherapist = rule<unknown>(async (value, options) => {
  if (value == null || value === '') return null
  if (!isNewValue(options, value)) return null
  if (typeof value !== 'string' || !/^[\w-]{1,64}$/.test(value)) return { code: 'therapistUnknown' }
  const found = await options.req.payload.count({
    collection: 'therapists',
    where: {
      and: [
        { id: { equals: value } },
        { _status: { equals: 'published' } },
        { active: { not_equals: false } },
      ],
    },
    overrideAccess: true,
    req: nestedReq(options.req),
  })
  return found.totalDocs > 0 ? null : { code: 'therapistUnknown' }
})

const isSessionLength = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 15 && value <= 300

export const validateDate = rule<string>(async (value, options) =>
  checkDate(value, {
    hours: await openingHours(options.req),
    now: now(),
    whenNew: isNewValue(options, value),
  }),
)

export const validateTime = rule<string>(async (value, options) => {
  const data = options.data ?? {}
  return checkTime(value, {
    date: data.preferredDate,
    // A length no treatment has is reported on its own field; it says nothing about the time.
    durationMinutes: isSessionLength(data.durationMinutes) ? data.durationMinutes : null,
    hours: await openingHours(options.req),
    now: now(),
    whenNew: isNewValue(options, value),
  })
})

/** The published service's sessions with their prices, or null when there is no such service. */
export async function publishedServiceOptions(
  req: PayloadRequest,
  id: unknown,
): Promise<{ durationMinutes: number; priceIdr: number }[] | null> {
  if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id)) return null
  const found = await req.payload.find({
    collection: 'services',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { options: true },
    req: nestedReq(req),
  })
  const service = found.docs[0]
  return service
    ? (service.options ?? []).map(({ durationMinutes, priceIdr }) => ({
        durationMinutes,
        priceIdr,
      }))
    : null
}

/** The published promotions carrying `code`, whatever their window (checked against the date). */
export async function promotionsWithCode(
  req: PayloadRequest,
  code: string,
): Promise<CodedPromotion[]> {
  if (!/^[A-Z0-9-]{3,24}$/.test(code)) return []
  const found = await req.payload.find({
    collection: 'promotions',
    where: { and: [{ promoCode: { equals: code } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: nestedReq(req),
  })
  return found.docs
}

/**
 * The offer a promo code gives this request: the code's promotion must run at the appointment's
 * start (WIB) and lower the price of the chosen treatment and length.
 */
export async function checkRequestPromo(
  req: PayloadRequest,
  data: InquiryData,
  code: string,
): Promise<PromoCheck | { ok: false; code: 'promoNeedsTreatment' }> {
  const serviceId = typeof data.service === 'string' ? data.service : null
  const options = serviceId ? await publishedServiceOptions(req, serviceId) : null
  const option = options?.find((entry) => entry.durationMinutes === data.durationMinutes)
  if (!serviceId || !option) return { ok: false, code: 'promoNeedsTreatment' }
  const date =
    typeof data.preferredDate === 'string' && isCalendarDate(data.preferredDate)
      ? data.preferredDate
      : null
  const at = date ? jakartaInstant(date, data.preferredTime) : new Date()
  return checkPromoCode(await promotionsWithCode(req, code), code, serviceId, option, at)
}

export const validatePromoCode = rule<string>(async (value, options) => {
  if (value == null || value === '') return null
  if (typeof value !== 'string') return { code: 'promoUnknown' }
  // Staff editing a stored request keep its code; the stored prices follow any date change.
  if (!isNewValue(options, value)) return null
  const data = options.data ?? {}
  const result = await checkRequestPromo(options.req, data, normalisePromoCode(value))
  return result.ok ? null : { code: result.code }
})
