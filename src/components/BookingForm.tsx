'use client'

import { useActionState } from 'react'
import { submitInquiry } from '@/booking/submitInquiry'
import { emptyValues, type BookingState } from '@/booking/state'
import type { InquiryField } from '@/booking/validateInquiry'

export type BookingLabels = {
  name: string
  phone: string
  phoneHint: string
  service: string
  serviceUndecided: string
  date: string
  time: string
  message: string
  messageHint: string
  honeypot: string
  submit: string
  sending: string
  required: string
  errorSummary: string
  successTitle: string
  successBody: string
}

type Props = {
  locale: string
  labels: BookingLabels
  services: { id: string; name: string }[]
  defaultService?: string
  /** Earliest bookable date (YYYY-MM-DD, Jakarta); the server checks again. */
  minDate: string
}

/** Booking request form; works without JavaScript (server action) and keeps what was typed. */
export function BookingForm({ locale, labels, services, defaultService, minDate }: Props) {
  const initial: BookingState = { status: 'idle', values: emptyValues(defaultService), errors: {} }
  const [state, action, pending] = useActionState(submitInquiry, initial)

  if (state.status === 'success') {
    return (
      <div className="notice notice--success" role="status" data-testid="booking-success">
        <h3>{labels.successTitle.replace('{name}', state.submittedName ?? '')}</h3>
        <p>{labels.successBody}</p>
      </div>
    )
  }

  const error = (field: InquiryField) => state.errors[field]
  const describedBy = (field: InquiryField, hint?: boolean) =>
    [hint ? `booking-${field}-hint` : '', error(field) ? `booking-${field}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined
  const fieldError = (field: InquiryField) =>
    error(field) ? (
      <p id={`booking-${field}-error`} className="field__error" data-testid={`error-${field}`}>
        {error(field)}
      </p>
    ) : null
  const hasErrors = Object.keys(state.errors).length > 0 || state.formError

  return (
    <form action={action} className="booking-form" noValidate data-testid="booking-form">
      <input type="hidden" name="locale" value={locale} />
      {hasErrors && (
        <div className="notice notice--error" role="alert" data-testid="booking-errors">
          <p>{state.formError ?? labels.errorSummary}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor="booking-name">
          {labels.name} <span className="muted">{labels.required}</span>
        </label>
        <input
          id="booking-name"
          name="name"
          autoComplete="name"
          required
          maxLength={120}
          defaultValue={state.values.name}
          aria-invalid={error('name') ? true : undefined}
          aria-describedby={describedBy('name')}
        />
        {fieldError('name')}
      </div>
      <div className="field">
        <label htmlFor="booking-phone">
          {labels.phone} <span className="muted">{labels.required}</span>
        </label>
        <input
          id="booking-phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          required
          defaultValue={state.values.phone}
          aria-invalid={error('phone') ? true : undefined}
          aria-describedby={describedBy('phone', true)}
        />
        <p id="booking-phone-hint" className="field__hint">
          {labels.phoneHint}
        </p>
        {fieldError('phone')}
      </div>
      <div className="field">
        <label htmlFor="booking-service">{labels.service}</label>
        <select
          id="booking-service"
          name="service"
          defaultValue={state.values.service}
          aria-invalid={error('service') ? true : undefined}
          aria-describedby={describedBy('service')}
        >
          <option value="">{labels.serviceUndecided}</option>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.name}
            </option>
          ))}
        </select>
        {fieldError('service')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="booking-date">
            {labels.date} <span className="muted">{labels.required}</span>
          </label>
          <input
            id="booking-date"
            name="date"
            type="date"
            required
            min={minDate}
            defaultValue={state.values.date}
            aria-invalid={error('date') ? true : undefined}
            aria-describedby={describedBy('date')}
          />
          {fieldError('date')}
        </div>
        <div className="field">
          <label htmlFor="booking-time">
            {labels.time} <span className="muted">{labels.required}</span>
          </label>
          <input
            id="booking-time"
            name="time"
            type="time"
            required
            step={900}
            defaultValue={state.values.time}
            aria-invalid={error('time') ? true : undefined}
            aria-describedby={describedBy('time')}
          />
          {fieldError('time')}
        </div>
      </div>
      <div className="field">
        <label htmlFor="booking-message">{labels.message}</label>
        <textarea
          id="booking-message"
          name="message"
          rows={4}
          maxLength={1200}
          defaultValue={state.values.message}
          aria-invalid={error('message') ? true : undefined}
          aria-describedby={describedBy('message', true)}
        />
        <p id="booking-message-hint" className="field__hint">
          {labels.messageHint}
        </p>
        {fieldError('message')}
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="booking-website">{labels.honeypot}</label>
        <input id="booking-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  )
}
