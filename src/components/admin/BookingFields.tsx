'use client'
import { FieldError, FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { NumberFieldClientComponent, TextFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'
import styles from './BookingFields.module.css'

const WORDS = {
  en: {
    pickService: 'Choose the treatment first.',
    pickDay: 'Choose the day and the length first.',
    free: 'Free times',
    noneFree: 'No free time that day for this treatment. Enter a time to record it anyway.',
    other: 'Or another time',
    minutes: 'min',
  },
  id: {
    pickService: 'Pilih perawatan terlebih dahulu.',
    pickDay: 'Pilih tanggal dan durasi terlebih dahulu.',
    free: 'Jam yang masih kosong',
    noneFree: 'Tidak ada jam kosong hari itu untuk perawatan ini. Isi jam untuk tetap mencatatnya.',
    other: 'Atau jam lain',
    minutes: 'menit',
  },
} as const

function useWords() {
  const { i18n } = useTranslation()
  return WORDS[i18n.language === 'id' ? 'id' : 'en']
}

const jakartaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format()

const idOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : value && typeof value === 'object' && 'value' in value
      ? String((value as { value: unknown }).value)
      : ''

/** The day of a phone or walk-in booking, with the phone's own date picker (Jakarta dates). */
export const DateField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError } = useField<string>({ path: path ?? field.name })
  return (
    <div className={`field-type text ${styles.field}`}>
      <FieldLabel htmlFor="field-preferredDate" label={field.label} required={field.required} />
      <FieldError path={path ?? field.name} showError={showError} />
      <input
        id="field-preferredDate"
        className={styles.input}
        type="date"
        min={jakartaToday()}
        value={value ?? ''}
        readOnly={readOnly}
        onChange={(event) => setValue(event.target.value)}
      />
    </div>
  )
}

/** The session lengths the chosen treatment is offered in, as a select. */
export const DurationField: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const words = useWords()
  const { value, setValue, showError } = useField<number | null>({ path: path ?? field.name })
  const serviceId = idOf(useFormFields(([fields]) => fields.service?.value))
  const [lengths, setLengths] = useState<number[]>([])
  useEffect(() => {
    if (!serviceId) return setLengths([])
    const controller = new AbortController()
    fetch(`/api/services/${encodeURIComponent(serviceId)}?depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((service: { options?: { durationMinutes?: number }[] } | null) => {
        const found = (service?.options ?? [])
          .map((option) => option.durationMinutes)
          .filter((minutes): minutes is number => typeof minutes === 'number')
        setLengths(found)
        if (found.length === 1) setValue(found[0])
      })
      .catch(() => undefined)
    return () => controller.abort()
    // setValue changes identity on every render; the service is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serviceId])
  return (
    <div className={`field-type select ${styles.field}`}>
      <FieldLabel htmlFor="field-durationMinutes" label={field.label} />
      <FieldError path={path ?? field.name} showError={showError} />
      <select
        id="field-durationMinutes"
        className={styles.input}
        value={value ?? ''}
        disabled={readOnly || !serviceId}
        onChange={(event) => setValue(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">{serviceId ? '—' : words.pickService}</option>
        {[...new Set([...lengths, ...(value ? [value] : [])])].map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutes} {words.minutes}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The time: the day's free times as taps, or any other time the desk needs to record. */
export const TimeField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const words = useWords()
  const { value, setValue, showError } = useField<string>({ path: path ?? field.name })
  const date = useFormFields(([fields]) => fields.preferredDate?.value) as string | undefined
  const serviceId = idOf(useFormFields(([fields]) => fields.service?.value))
  const duration = useFormFields(([fields]) => fields.durationMinutes?.value) as number | undefined
  const therapistId = idOf(useFormFields(([fields]) => fields.therapist?.value))
  const [times, setTimes] = useState<string[] | null>(null)
  const ready = Boolean(date && serviceId && duration)
  useEffect(() => {
    if (!ready) return setTimes(null)
    const controller = new AbortController()
    const query = new URLSearchParams({
      date: String(date),
      service: serviceId,
      duration: String(duration),
      ...(therapistId ? { therapist: therapistId } : {}),
    })
    fetch(`/api/inquiries/free-times?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { times: [] }))
      .then((body: { times?: string[] }) => setTimes(body.times ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [ready, date, serviceId, duration, therapistId])
  return (
    <div className={`field-type text ${styles.field}`}>
      <FieldLabel htmlFor="field-preferredTime" label={field.label} required={field.required} />
      <FieldError path={path ?? field.name} showError={showError} />
      {!ready ? <p className={styles.hint}>{words.pickDay}</p> : null}
      {times && times.length ? (
        <fieldset className={styles.times}>
          <legend className={styles.hint}>{words.free}</legend>
          {times.map((time) => (
            <label key={time} className={styles.time}>
              <input
                type="radio"
                name="preferredTime-free"
                value={time}
                checked={value === time}
                disabled={readOnly}
                onChange={() => setValue(time)}
              />
              {time}
            </label>
          ))}
        </fieldset>
      ) : null}
      {times && !times.length ? <p className={styles.hint}>{words.noneFree}</p> : null}
      <label className={styles.hint} htmlFor="field-preferredTime">
        {words.other}
      </label>
      <input
        id="field-preferredTime"
        className={styles.input}
        type="time"
        step={900}
        value={value ?? ''}
        readOnly={readOnly}
        onChange={(event) => setValue(event.target.value)}
      />
    </div>
  )
}
