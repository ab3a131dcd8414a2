import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import {
  treatmentValue,
  type FormField,
  type FormResult,
  type FormValues,
} from '@/booking/formResult'
import { MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH } from '@/booking/rules'
import type { Locale } from '@/i18n/locales'
import { formatIdr } from '@/utilities/format'

export type BookableService = {
  id: string
  name: string
  options: { durationMinutes: number; priceIdr: number }[]
}

type Props = {
  locale: Locale
  services: BookableService[]
  values: FormValues
  errors?: FormResult['errors']
  formError?: string
  /** Earliest bookable date (YYYY-MM-DD, Jakarta) for the date picker; the server checks again. */
  minDate: string
}

/**
 * The booking request form: plain HTML posted to the inquiries collection's form endpoint, so it
 * works without JavaScript and ships none. The outcome page renders it again with what was typed
 * and the refusals in the visitor's language.
 */
export async function BookingForm({
  locale,
  services,
  values,
  errors = {},
  formError,
  minDate,
}: Props) {
  const t = await getTranslations({ locale, namespace: 'Booking' })
  const errorIds = Object.keys(errors) as FormField[]
  const describedBy = (field: FormField, hint?: boolean) =>
    [hint ? `booking-${field}-hint` : '', errors[field] ? `booking-${field}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined
  const invalid = (field: FormField) => (errors[field] ? true : undefined)
  const fieldError = (field: FormField) =>
    errors[field] ? (
      <p id={`booking-${field}-error`} className="field__error" data-testid={`error-${field}`}>
        {errors[field]}
      </p>
    ) : null
  const label = (field: FormField, text: string, required = false): ReactNode => (
    <label htmlFor={`booking-${field}`}>
      {text} {required && <span className="field__required">{t('required')}</span>}
    </label>
  )

  return (
    <form
      method="post"
      action="/api/inquiries/form"
      className="booking-form"
      noValidate
      data-testid="booking-form"
    >
      <input type="hidden" name="locale" value={locale} />
      {(errorIds.length > 0 || formError) && (
        <div className="notice notice--error" role="alert" data-testid="booking-errors">
          <p>{formError ?? t('errorSummary')}</p>
          {errorIds.length > 0 && (
            <ul>
              {errorIds.map((field) => (
                <li key={field}>
                  <a href={`#booking-${field}`}>{errors[field]}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="field">
        {label('name', t('name'), true)}
        <input
          id="booking-name"
          name="name"
          autoComplete="name"
          required
          maxLength={MAX_NAME_LENGTH}
          defaultValue={values.name}
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name')}
        />
        {fieldError('name')}
      </div>
      <div className="field-row">
        <div className="field">
          {label('phone', t('phone'), true)}
          <input
            id="booking-phone"
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            required
            defaultValue={values.phone}
            aria-invalid={invalid('phone')}
            aria-describedby={describedBy('phone', true)}
          />
          <p id="booking-phone-hint" className="field__hint">
            {t('phoneHint')}
          </p>
          {fieldError('phone')}
        </div>
        <div className="field">
          {label('email', t('email'))}
          <input
            id="booking-email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={values.email}
            aria-invalid={invalid('email')}
            aria-describedby={describedBy('email', true)}
          />
          <p id="booking-email-hint" className="field__hint">
            {t('emailHint')}
          </p>
          {fieldError('email')}
        </div>
      </div>
      <div className="field">
        {label('treatment', t('service'))}
        <select
          id="booking-treatment"
          name="treatment"
          defaultValue={values.treatment}
          aria-invalid={invalid('treatment')}
          aria-describedby={describedBy('treatment')}
        >
          <option value="">{t('serviceUndecided')}</option>
          {services.map((service) => (
            <optgroup key={service.id} label={service.name}>
              {service.options.map((option) => (
                <option
                  key={option.durationMinutes}
                  value={treatmentValue(service.id, option.durationMinutes)}
                >
                  {t('option', {
                    minutes: option.durationMinutes,
                    price: formatIdr(option.priceIdr, locale),
                  })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {fieldError('treatment')}
      </div>
      <div className="field-row">
        <div className="field">
          {label('preferredDate', t('date'), true)}
          <input
            id="booking-preferredDate"
            name="preferredDate"
            type="date"
            required
            min={minDate}
            defaultValue={values.preferredDate}
            aria-invalid={invalid('preferredDate')}
            aria-describedby={describedBy('preferredDate')}
          />
          {fieldError('preferredDate')}
        </div>
        <div className="field">
          {label('preferredTime', t('time'), true)}
          <input
            id="booking-preferredTime"
            name="preferredTime"
            type="time"
            required
            step={900}
            defaultValue={values.preferredTime}
            aria-invalid={invalid('preferredTime')}
            aria-describedby={describedBy('preferredTime')}
          />
          {fieldError('preferredTime')}
        </div>
      </div>
      <div className="field">
        {label('message', t('message'))}
        <textarea
          id="booking-message"
          name="message"
          rows={4}
          maxLength={MAX_MESSAGE_LENGTH}
          defaultValue={values.message}
          aria-invalid={invalid('message')}
          aria-describedby={describedBy('message', true)}
        />
        <p id="booking-message-hint" className="field__hint">
          {t('messageHint')}
        </p>
        {fieldError('message')}
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="booking-website">{t('honeypot')}</label>
        <input id="booking-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="button">
        {t('submit')}
      </button>
    </form>
  )
}
