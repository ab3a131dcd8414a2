import { getTranslations } from 'next-intl/server'
import { getSiteSettings } from '@/queries/siteSettings'
import { legalPaths, retentionDays } from './menuLinks'
import type { ReactNode } from 'react'
import {
  treatmentValue,
  type FormField,
  type FormResult,
  type FormValues,
} from '@/booking/formResult'
import { MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH } from '@/booking/rules'
import type { Locale } from '@/i18n/locales'
import { formatClock, formatDayDate } from '@/utilities/format'
import styles from './BookingForm.module.css'

export type SessionChoice = {
  serviceId: string
  durationMinutes: number
  therapistId?: string
  promoCode?: string
  /** "YYYY-MM-DD", WIB. */
  date: string
  /** The free start times that day. */
  times: string[]
}

type Props = {
  locale: Locale
  session: SessionChoice
  values: FormValues
  errors?: FormResult['errors']
  formError?: string
  /** Shown where the list of times would be when the day has none. */
  noTimes?: ReactNode
}

/**
 * Steps 2 and 3 of booking: a free start time on the chosen day, then who the guest is. Plain
 * HTML posted to the inquiries collection's form endpoint, so it works without JavaScript and
 * ships none; the outcome page renders it again with what was typed and the refusals in the
 * visitor's language.
 */
export async function BookingForm({
  locale,
  session,
  values,
  errors = {},
  formError,
  noTimes,
}: Props) {
  const [t, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Booking' }),
    getSiteSettings(locale),
  ])
  const legal = await legalPaths(locale, settings)
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
  // Errors about the choices made above the form link to the first time (or the form's top).
  const anchorOf = (field: FormField) =>
    field === 'preferredTime' || field === 'preferredDate' || field === 'treatment'
      ? '#booking-times'
      : field === 'therapist' || field === 'promoCode'
        ? '#treatment-step'
        : `#booking-${field}`
  const chosenTime = session.times.includes(values.preferredTime) ? values.preferredTime : ''

  return (
    <form
      method="post"
      action="/api/inquiries/form"
      className={styles.form}
      noValidate
      data-testid="booking-form"
    >
      <input type="hidden" name="locale" value={locale} />
      <input
        type="hidden"
        name="treatment"
        value={treatmentValue(session.serviceId, session.durationMinutes)}
      />
      <input type="hidden" name="therapist" value={session.therapistId ?? ''} />
      <input type="hidden" name="promoCode" value={session.promoCode ?? ''} />
      <input type="hidden" name="preferredDate" value={session.date} />
      {(errorIds.length > 0 || formError) && (
        <div className="notice notice--error" role="alert" data-testid="booking-errors">
          <p>{formError ?? t('errorSummary')}</p>
          {errorIds.length > 0 && (
            <ul>
              {errorIds.map((field) => (
                <li key={field}>
                  <a href={anchorOf(field)}>{errors[field]}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <fieldset
        className={styles.times}
        id="booking-times"
        tabIndex={-1}
        aria-describedby={describedBy('preferredTime')}
      >
        <legend>
          {t('timesLegend', { date: formatDayDate(session.date, locale) })}{' '}
          <span className="field__required">{t('required')}</span>
        </legend>
        {session.times.length === 0 ? (
          noTimes
        ) : (
          <div className={styles.timeGrid} data-testid="free-times">
            {session.times.map((time) => (
              <label key={time} className={styles.time}>
                <input
                  type="radio"
                  name="preferredTime"
                  value={time}
                  required
                  defaultChecked={time === chosenTime}
                  aria-invalid={invalid('preferredTime')}
                />
                <span>{formatClock(time, locale)}</span>
              </label>
            ))}
          </div>
        )}
        {fieldError('preferredTime')}
        {fieldError('preferredDate')}
        {fieldError('treatment')}
      </fieldset>

      <h3 className={styles.step}>{t('stepDetails')}</h3>
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
      {fieldError('therapist')}
      {fieldError('promoCode')}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="booking-website">{t('honeypot')}</label>
        <input id="booking-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="field__hint" data-testid="booking-legal">
        {t.rich('legalNote', {
          days: retentionDays(settings),
          privacy: (words) => (legal.privacy ? <a href={legal.privacy}>{words}</a> : words),
          terms: (words) => (legal.terms ? <a href={legal.terms}>{words}</a> : words),
        })}
      </p>
      <button type="submit" className="button" disabled={session.times.length === 0}>
        {t('submit')}
      </button>
    </form>
  )
}
