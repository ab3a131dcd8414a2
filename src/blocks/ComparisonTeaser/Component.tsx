import { ModalityCard } from '@/components/ModalityCard'
import { pathFor } from '@/i18n/paths'
import type { ComparisonTeaserBlock as TeaserData } from '@/payload-types'
import { listModalities } from '@/queries/modalities'
import { BlockHead, headingIdOf } from '../BlockHead'
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
  const headingId = headingIdOf(anchor)
  return (
    <div className="band--tinted">
      <section className={`section ${styles.teaser}`} aria-labelledby={headingId}>
        <BlockHead
          heading={block.heading}
          intro={block.intro}
          anchor={anchor}
          first={first}
          lang={lang}
        />
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
