import type { FaqBlock as FaqData } from '@/payload-types'
import { JsonLd } from '@/seo/JsonLd'
import type { BlockProps } from '../types'
import styles from './Faq.module.css'

/** Questions as disclosures (no JavaScript), and the same questions as FAQPage data. */
export function FaqBlock({ block, anchor, first, lang }: BlockProps<FaqData>) {
  const Heading = first ? 'h1' : 'h2'
  const headingId = `${anchor}-heading`
  return (
    <section className={`section ${styles.faq}`} aria-labelledby={headingId}>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          mainEntity: block.items.map((item) => ({
            '@type': 'Question',
            name: item.question,
            acceptedAnswer: { '@type': 'Answer', text: item.answer },
          })),
        }}
      />
      <Heading id={headingId} lang={lang('heading')}>
        {block.heading}
      </Heading>
      <div className={styles.list}>
        {block.items.map((item, index) => (
          <details key={item.id ?? index} className={styles.item}>
            <summary lang={lang(`items.${index}.question`)}>{item.question}</summary>
            <p className="prewrap" lang={lang(`items.${index}.answer`)}>
              {item.answer}
            </p>
          </details>
        ))}
      </div>
    </section>
  )
}
