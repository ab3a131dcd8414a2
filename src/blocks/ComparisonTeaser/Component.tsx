import { ModalityCard } from '@/components/ModalityCard'
import { pathFor } from '@/i18n/paths'
import type { ComparisonTeaserBlock as TeaserData } from '@/payload-types'
import { listModalities } from '@/queries/modalities'
import type { BlockProps } from '../types'
import styles from './ComparisonTeaser.module.css'

export async function ComparisonTeaserBlock({
  block,
  locale,
  anchor,
  first,
  lang,
}: BlockProps<TeaserData>) {
  const modalities = await listModalities(locale)
  const Heading = first ? 'h1' : 'h2'
  const headingId = `${anchor}-heading`
  return (
    <div className="band--tinted">
      <section className={`section ${styles.teaser}`} aria-labelledby={headingId}>
        <div className="section__head">
          <Heading id={headingId} lang={lang('heading')}>
            {block.heading}
          </Heading>
          {block.intro && (
            <p className="lead" lang={lang('intro')}>
              {block.intro}
            </p>
          )}
        </div>
        <ul className="grid grid--two">
          {modalities.map((modality) => (
            <li key={modality.id}>
              <ModalityCard
                modality={modality}
                locale={locale}
                detailed
                headingLevel={first ? 2 : 3}
              />
            </li>
          ))}
        </ul>
        <p className="section__more">
          <a href={pathFor(locale, '/compare')} lang={lang('linkLabel')}>
            {block.linkLabel}
          </a>
        </p>
      </section>
    </div>
  )
}
