import type { FactsBlock as FactsData } from '@/payload-types'
import type { BlockProps } from '../types'
import styles from './Facts.module.css'

export function FactsBlock({ block, anchor, first, lang }: BlockProps<FactsData>) {
  const Heading = first ? 'h1' : 'h2'
  const Item = first ? 'h2' : 'h3'
  const headingId = `${anchor}-heading`
  return (
    <section className="section" aria-labelledby={headingId}>
      <Heading id={headingId} lang={lang('heading')}>
        {block.heading}
      </Heading>
      <ul className={styles.facts}>
        {block.items.map((item, index) => (
          <li key={item.id ?? index} className={styles.fact} data-kind={item.kind}>
            <Item className={styles.title} lang={lang(`items.${index}.title`)}>
              {item.title}
            </Item>
            <p className="prewrap" lang={lang(`items.${index}.text`)}>
              {item.text}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
