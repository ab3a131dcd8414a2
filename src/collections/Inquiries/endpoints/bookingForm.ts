import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import {
  FORM_FIELDS,
  parseTreatment,
  sealResult,
  type FormField,
  type FormResult,
  type FormValues,
  type StoredRequest,
} from '@/booking/formResult'
import { bookingSettingsOf, nameOf } from '@/booking/availability'
import type { Inquiry } from '@/payload-types'
import { isLocale, type Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { translatorFor } from '@/i18n/translator'
import { TooManyRequests } from '@/security/tooManyRequests'
import { SlotTaken } from '../hooks/holdTheSlot'

/** Where each collection field's refusal is shown on the form. */
const FIELD_ON_FORM: Record<string, FormField> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  service: 'treatment',
  durationMinutes: 'treatment',
  therapist: 'therapist',
  promoCode: 'promoCode',
  preferredDate: 'preferredDate',
  preferredTime: 'preferredTime',
  message: 'message',
}

async function readForm(req: PayloadRequest): Promise<FormData | null> {
  const type = req.headers.get('content-type') ?? ''
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return null
  try {
    return req.formData ? await req.formData() : null
  } catch {
    return null
  }
}

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

function storedSummary(doc: Inquiry, replyWithinMinutes: number): StoredRequest {
  return {
    reference: doc.reference ?? '',
    serviceName: nameOf(doc.service),
    therapistName: nameOf(doc.therapist),
    durationMinutes: doc.durationMinutes ?? undefined,
    priceIdr: doc.priceIdr ?? undefined,
    offerPriceIdr: doc.offerPriceIdr ?? undefined,
    promoCode: doc.promoCode ?? undefined,
    replyWithinMinutes,
  }
}

const seeResult = (locale: Locale, result: Omit<FormResult, 'expires'>) =>
  new Response(null, {
    status: 303,
    headers: {
      Location: pathFor(locale, {
        pathname: '/book/[result]',
        params: { result: sealResult(result) },
      }),
      'Cache-Control': 'no-store',
    },
  })

/**
 * The booking form posts here (`POST /api/inquiries/form`, plain HTML, no JavaScript needed). The
 * request goes through the collection like any other way in, so the same rules and limit apply;
 * the visitor is then sent (303) to a page showing the outcome in their language.
 */
export const bookingFormEndpoint: Endpoint = {
  path: '/form',
  method: 'post',
  handler: async (req) => {
    const form = await readForm(req)
    if (!form) {
      return Response.json(
        {
          errors: [
            {
              message:
                'Send the booking form as application/x-www-form-urlencoded or multipart/form-data.',
            },
          ],
        },
        { status: 415 },
      )
    }
    const rawLocale = text(form, 'locale')
    const locale: Locale = isLocale(rawLocale) ? rawLocale : 'en'
    const values = Object.fromEntries(
      FORM_FIELDS.map((field) => [field, text(form, field).slice(0, 5000)]),
    ) as FormValues

    // Bots fill every field; people never see this one. Pretend it worked and store nothing.
    if (text(form, 'website'))
      return seeResult(locale, { status: 'sent', locale, values, errors: {} })

    try {
      const doc = await req.payload.create({
        collection: 'inquiries',
        overrideAccess: false,
        req,
        locale,
        depth: 1,
        data: {
          name: values.name,
          phone: values.phone,
          email: values.email || undefined,
          ...parseTreatment(values.treatment),
          therapist: values.therapist || undefined,
          promoCode: values.promoCode || undefined,
          preferredDate: values.preferredDate,
          preferredTime: values.preferredTime,
          message: values.message || undefined,
          replyLanguage: locale,
          // Anonymous visitors cannot choose a status (field access); staff get the same.
          status: 'new',
        },
      })
      const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
      return seeResult(locale, {
        status: 'sent',
        locale,
        values,
        errors: {},
        stored: storedSummary(doc, bookingSettingsOf(settings).replyWithinMinutes),
      })
    } catch (error) {
      if (error instanceof ValidationError) {
        const errors: FormResult['errors'] = {}
        for (const { path, message } of error.data.errors) {
          const field = FIELD_ON_FORM[path]
          if (field) errors[field] ??= message
        }
        return seeResult(locale, { status: 'invalid', locale, values, errors })
      }
      if (error instanceof SlotTaken) {
        return seeResult(locale, {
          status: 'invalid',
          locale,
          values,
          errors: { preferredTime: error.message },
        })
      }
      if (error instanceof TooManyRequests) {
        return seeResult(locale, {
          status: 'limited',
          locale,
          values,
          errors: {},
          formError: error.message,
        })
      }
      req.payload.logger.error({ err: error, msg: 'Booking request could not be stored' })
      return seeResult(locale, {
        status: 'failed',
        locale,
        values,
        errors: {},
        formError: translatorFor(locale, 'Booking')('errors.unexpected'),
      })
    }
  },
}
