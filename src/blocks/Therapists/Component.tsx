import { TherapistCard } from '@/components/TherapistCard'
import { pathFor } from '@/i18n/paths'
import type { TherapistsBlock as TherapistsData } from '@/payload-types'
import { listTherapists } from '@/queries/therapists'
import { BlockHead, headingIdOf } from '../BlockHead'
import type { BlockProps } from '../types'
import styles from './Therapists.module.css'

export async function TherapistsBlock({
  block,
  locale,
  anchor,
  first,
  lang,
}: BlockProps<TherapistsData>) {
  const therapists = (await listTherapists(locale)).slice(0, block.limit ?? 4)
  if (therapists.length === 0) return null
  const headingId = headingIdOf(anchor)
  return (
    <section className={`section ${styles.row}`} aria-labelledby={headingId}>
      <BlockHead
        heading={block.heading}
        intro={block.intro}
        anchor={anchor}
        first={first}
        lang={lang}
      />
      <ul className="grid grid--people">
        {therapists.map((therapist) => (
          <li key={therapist.id}>
            <TherapistCard therapist={therapist} locale={locale} headingLevel={first ? 2 : 3} />
          </li>
        ))}
      </ul>
      {block.linkLabel && (
        <p className="section__more">
          <a href={pathFor(locale, '/therapists')} lang={lang('linkLabel')}>
            {block.linkLabel}
          </a>
        </p>
      )}
    </section>
  )
}
