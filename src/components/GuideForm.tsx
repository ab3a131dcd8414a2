import { getTranslations } from 'next-intl/server'
import { CONDITIONS, PRESSURES } from '@/fields/options'
import { GUIDE_GOALS, type Answers } from '@/guide/answers'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'

/** Three questions as a plain GET form: works without JavaScript, and the answer is a link. */
export async function GuideForm({ locale, answers }: { locale: Locale; answers?: Answers }) {
  const [t, goals, pressures, conditions] = await Promise.all([
    getTranslations({ locale, namespace: 'Guide' }),
    getTranslations({ locale, namespace: 'Goals' }),
    getTranslations({ locale, namespace: 'Pressure' }),
    getTranslations({ locale, namespace: 'Conditions' }),
  ])
  return (
    <form
      method="get"
      action={pathFor(locale, '/guide/result')}
      className="guide-form"
      data-testid="guide-form"
    >
      <fieldset className="choices">
        <legend>{t('goalLegend')}</legend>
        {GUIDE_GOALS.map((goal) => (
          <label key={goal} className="choice">
            <input
              type="radio"
              name="goal"
              value={goal}
              required
              defaultChecked={answers?.goal === goal}
            />
            {goals(goal)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>{t('pressureLegend')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="pressure"
            value="any"
            defaultChecked={!answers || answers.pressure === 'any'}
          />
          {t('pressureAny')}
        </label>
        {PRESSURES.map(({ value }) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="pressure"
              value={value}
              defaultChecked={answers?.pressure === value}
            />
            {pressures(value)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choices" aria-describedby="conditions-hint">
        <legend>{t('conditionsLegend')}</legend>
        <p id="conditions-hint" className="field__hint choices__hint">
          {t('conditionsHint')}
        </p>
        {CONDITIONS.map(({ value }) => (
          <label key={value} className="choice">
            <input
              type="checkbox"
              name="conditions"
              value={value}
              defaultChecked={answers?.conditions.includes(value)}
            />
            {conditions(value)}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="submit" className="button button--block-phone">
          {t('submit')}
        </button>
      </p>
    </form>
  )
}
