import { getTranslations } from 'next-intl/server'
import { MediaImage } from '@/components/MediaImage'
import { resolveLink } from '@/components/siteLink'
import type { HeroBlock as HeroData } from '@/payload-types'
import { formatClock } from '@/utilities/format'
import { jakartaToday } from '@/utilities/jakartaTime'
import { hoursOn } from '@/utilities/openingHours'
import type { BlockProps } from '../types'
import styles from './Hero.module.css'

const BUTTON_STYLES = ['button', 'button button--secondary'] as const

export async function HeroBlock({
  block,
  locale,
  settings,
  anchor,
  first,
  lang,
}: BlockProps<HeroData>) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: 'Blocks' }),
    getTranslations({ locale, namespace: 'Common' }),
  ])
  const actions = (
    await Promise.all(
      (block.actions ?? []).map((action) => resolveLink(action.link, locale, settings)),
    )
  ).flatMap((link, index) => (link ? [{ ...link, index }] : []))
  const today = block.showTodayHours ? hoursOn(settings, jakartaToday().weekday) : null
  const Heading = first ? 'h1' : 'h2'
  const headingId = `${anchor}-heading`

  return (
    <section className={`section ${styles.hero}`} aria-labelledby={headingId}>
      <div className={styles.grid}>
        <div>
          {block.eyebrow && (
            <p className="eyebrow" lang={lang('eyebrow')}>
              {block.eyebrow}
            </p>
          )}
          <Heading id={headingId} lang={lang('headline')}>
            {block.headline}
          </Heading>
          {block.text && (
            <p className="lead" lang={lang('text')}>
              {block.text}
            </p>
          )}
          {today && (
            <p className={styles.today} data-testid="today-hours">
              {'closed' in today
                ? t('todayClosed')
                : t('todayOpen', {
                    hours: common('hoursRange', {
                      opens: formatClock(today.opens, locale),
                      closes: formatClock(today.closes, locale),
                    }),
                  })}
            </p>
          )}
          {actions.length > 0 && (
            <p className="actions">
              {actions.map((action, position) => (
                <a
                  key={action.index}
                  className={BUTTON_STYLES[position] ?? 'button'}
                  href={action.href}
                  rel={action.external ? 'noopener' : undefined}
                  lang={lang(`actions.${action.index}.link.label`)}
                >
                  {action.label}
                </a>
              ))}
            </p>
          )}
          {block.highlights && block.highlights.length > 0 && (
            <ul className={styles.meta}>
              {block.highlights.map((highlight, index) => (
                <li key={highlight.id ?? index} lang={lang(`highlights.${index}.text`)}>
                  {highlight.text}
                </li>
              ))}
            </ul>
          )}
        </div>
        <MediaImage
          media={block.image}
          sizes="(min-width: 72rem) 34rem, (min-width: 56rem) 46vw, 100vw"
          priority={first}
          className={styles.image}
        />
      </div>
    </section>
  )
}
