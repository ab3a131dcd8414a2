import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { PlanService, PlanTherapist } from '@/queries/bookingPlan'
import { formatIdr } from '@/utilities/format'
import styles from './TreatmentPicker.module.css'

type Props = {
  locale: Locale
  services: PlanService[]
  /** The chosen treatment and length, as "<slug>:<minutes>". */
  chosen?: string
  /** Offered only where the free times are shown (they depend on it). */
  therapists?: PlanTherapist[]
  therapist?: string
  promoCode?: string
  date?: string
  /** Distinguishes the picker's field ids when a page holds another form. */
  idPrefix?: string
}

/** "Aromatherapy · 90 min · Rp 436.000 (Rp 545.000)": every option names its treatment. */
export async function treatmentLabel(
  locale: Locale,
  service: Pick<PlanService, 'name'>,
  option: PlanService['options'][number],
): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Booking' })
  const base = { service: service.name, minutes: option.durationMinutes }
  return option.offerPriceIdr !== undefined
    ? t('optionOfferLabel', {
        ...base,
        offer: formatIdr(option.offerPriceIdr, locale),
        price: formatIdr(option.priceIdr, locale),
      })
    : t('optionLabel', { ...base, price: formatIdr(option.priceIdr, locale) })
}

/**
 * Step 1 of booking: the treatment and length (and, beside the free times, the therapist and a
 * promo code). A plain GET to the booking address, so it works without JavaScript; the page it
 * opens shows the free times for exactly these choices.
 */
export async function TreatmentPicker({
  locale,
  services,
  chosen = '',
  therapists,
  therapist = '',
  promoCode = '',
  date,
  idPrefix = 'pick',
}: Props) {
  const t = await getTranslations({ locale, namespace: 'Booking' })
  const labels = await Promise.all(
    services.map(async (service) => ({
      service,
      options: await Promise.all(
        service.options.map(async (option) => ({
          value: `${service.slug}:${option.durationMinutes}`,
          label: await treatmentLabel(locale, service, option),
        })),
      ),
    })),
  )
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <form
      method="get"
      action={pathFor(locale, '/book')}
      className={styles.picker}
      data-testid="treatment-picker"
    >
      <div className={`field ${styles.treatment}`}>
        <label htmlFor={id('treatment')}>{t('service')}</label>
        <select id={id('treatment')} name="treatment" required defaultValue={chosen}>
          <option value="">{t('chooseTreatment')}</option>
          {labels.map(({ service, options }) => (
            <optgroup key={service.id} label={service.name}>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {therapists && (
        <div className="field">
          <label htmlFor={id('therapist')}>{t('therapist')}</label>
          <select id={id('therapist')} name="therapist" defaultValue={therapist}>
            <option value="">{t('therapistAny')}</option>
            {therapists.map((entry) => (
              <option key={entry.id} value={entry.slug}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={id('promo')}>{t('promoCode')}</label>
        <input
          id={id('promo')}
          name="promo"
          defaultValue={promoCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={24}
          aria-describedby={id('promo-hint')}
        />
        <p id={id('promo-hint')} className="field__hint">
          {t('promoHint')}
        </p>
      </div>
      {date && <input type="hidden" name="date" value={date} />}
      <button type="submit" className={`button ${styles.submit}`}>
        {t('showTimes')}
      </button>
    </form>
  )
}
