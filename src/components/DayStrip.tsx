import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { BookingQuery } from '@/booking/bookingQuery'
import { bookingHref } from '@/i18n/bookingHref'
import type { Locale } from '@/i18n/locales'
import type { PlanDay } from '@/queries/bookingPlan'
import styles from './DayStrip.module.css'

const dateLocale: Record<Locale, string> = { en: 'en-GB', id: 'id-ID' }

const part = (date: string, locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(dateLocale[locale], { ...options, timeZone: 'Asia/Jakarta' }).format(
    new Date(`${date}T12:00:00+07:00`),
  )

/**
 * The next 14 days as links (a GET per day, so it works without JavaScript; with it, Next swaps
 * the times in place without reloading). Full and closed days say so and are not links.
 */
export async function DayStrip({
  locale,
  days,
  chosen,
  query,
}: {
  locale: Locale
  days: PlanDay[]
  chosen: string
  query: BookingQuery
}) {
  const t = await getTranslations({ locale, namespace: 'Booking' })
  return (
    <nav aria-label={t('daysLabel')} className={styles.strip} data-testid="day-strip">
      <ul>
        {days.map((day) => {
          const content = (
            <>
              <span className={styles.weekday}>{part(day.date, locale, { weekday: 'short' })}</span>
              <span className={styles.day}>{part(day.date, locale, { day: 'numeric' })}</span>
              <span className={styles.month}>
                {day.state === 'free'
                  ? part(day.date, locale, { month: 'short' })
                  : t(day.state === 'full' ? 'dayFull' : 'dayClosed')}
              </span>
            </>
          )
          return (
            <li key={day.date}>
              {day.state === 'free' ? (
                <Link
                  href={bookingHref(locale, { ...query, date: day.date })}
                  className={styles.link}
                  aria-current={day.date === chosen ? 'date' : undefined}
                  prefetch={false}
                  scroll={false}
                  data-date={day.date}
                >
                  {content}
                </Link>
              ) : (
                <span className={`${styles.link} ${styles.unavailable}`} data-date={day.date}>
                  {content}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
