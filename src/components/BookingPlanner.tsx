import { getTranslations } from 'next-intl/server'
import type { BookingQuery } from '@/booking/bookingQuery'
import { emptyValues, type FormResult, type FormValues } from '@/booking/formResult'
import { bookingHref } from '@/i18n/bookingHref'
import type { Locale } from '@/i18n/locales'
import type { BookingPlan, PlanNote } from '@/queries/bookingPlan'
import { formatDayDate, formatIdr } from '@/utilities/format'
import { BookingForm } from './BookingForm'
import { DayStrip } from './DayStrip'
import { TreatmentPicker } from './TreatmentPicker'
import styles from './BookingPlanner.module.css'

type Props = {
  locale: Locale
  plan: BookingPlan
  values?: FormValues
  errors?: FormResult['errors']
  formError?: string
}

/**
 * The whole booking moment on one page: 1. treatment, length, therapist and code; 2. a free day
 * and start time; 3. the guest's details. The address carries the choices, so any Book link on
 * the site opens it with them made.
 */
export async function BookingPlanner({ locale, plan, values, errors, formError }: Props) {
  const t = await getTranslations({ locale, namespace: 'Booking' })
  const errorsT = await getTranslations({ locale, namespace: 'Booking.errors' })
  const { service, option, therapist, promo } = plan
  const query: BookingQuery = {
    service: service?.slug,
    duration: option?.durationMinutes,
    therapist: therapist?.slug,
    promo: promo?.code ?? plan.pendingCode,
  }
  const noteText = (note: PlanNote): string => {
    switch (note.key) {
      case 'ignoredPromo':
        return t('ignoredPromo', { code: note.code, reason: errorsT(note.reason) })
      case 'ignoredDate':
        return t('ignoredDate', { date: formatDayDate(note.date, locale) })
      case 'ignoredDuration':
        return t('ignoredDuration', { minutes: note.minutes })
      case 'therapistNotForService':
        return t('therapistNotForService', { name: note.name })
      default:
        return t(note.key)
    }
  }

  return (
    <div className={styles.planner}>
      {plan.notes.length > 0 && (
        <ul className={`notice ${styles.notes}`} data-testid="booking-notes">
          {plan.notes.map((note) => (
            <li key={note.key}>{noteText(note)}</li>
          ))}
        </ul>
      )}
      <section aria-labelledby="treatment-step" className="booking-panel">
        <h2 id="treatment-step" tabIndex={-1}>
          {t('stepChoose')}
        </h2>
        <TreatmentPicker
          locale={locale}
          services={plan.services}
          chosen={service && option ? `${service.slug}:${option.durationMinutes}` : ''}
          therapists={plan.therapists}
          therapist={therapist?.slug}
          promoCode={query.promo}
          date={plan.date}
        />
        {option && (
          <p className={styles.price} data-testid="booking-price">
            {promo
              ? t('priceOffer', {
                  code: promo.code,
                  offer: formatIdr(promo.priceIdr, locale),
                  price: formatIdr(option.priceIdr, locale),
                })
              : t('priceRegular', { price: formatIdr(option.priceIdr, locale) })}
          </p>
        )}
      </section>
      <section aria-labelledby="time-step" className="booking-panel">
        <h2 id="time-step">{t('stepTime')}</h2>
        {service && option ? (
          <>
            <DayStrip locale={locale} days={plan.days} chosen={plan.date} query={query} />
            <BookingForm
              locale={locale}
              session={{
                serviceId: service.id,
                durationMinutes: option.durationMinutes,
                therapistId: therapist?.id,
                promoCode: promo?.code,
                date: plan.date,
                times: plan.times,
              }}
              values={values ?? emptyValues()}
              errors={errors}
              formError={formError}
              noTimes={
                <p data-testid="no-times">
                  {t('noTimes')}{' '}
                  {plan.nextFreeDate ? (
                    <a href={bookingHref(locale, { ...query, date: plan.nextFreeDate })}>
                      {t('nextFreeDay', { date: formatDayDate(plan.nextFreeDate, locale) })}
                    </a>
                  ) : (
                    t('noFreeDays')
                  )}
                </p>
              }
            />
          </>
        ) : (
          <p>{t('chooseTreatmentFirst')}</p>
        )}
      </section>
    </div>
  )
}
