import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { SiteSetting } from '@/payload-types'
import { formatClock } from '@/utilities/format'
import { weekHours } from '@/utilities/openingHours'

export async function OpeningHoursList({
  settings,
  locale,
}: {
  settings: SiteSetting
  locale: Locale
}) {
  const [days, common] = await Promise.all([
    getTranslations({ locale, namespace: 'Weekdays' }),
    getTranslations({ locale, namespace: 'Common' }),
  ])
  return (
    <dl className="hours">
      {weekHours(settings).map((entry) => (
        <div key={entry.day} className="hours__row">
          <dt>{days(entry.day)}</dt>
          <dd>
            {'closed' in entry
              ? common('closed')
              : common('hoursRange', {
                  opens: formatClock(entry.opens, locale),
                  closes: formatClock(entry.closes, locale),
                })}
          </dd>
        </div>
      ))}
    </dl>
  )
}
