import type { QuoteBlock as QuoteData } from '@/payload-types'
import type { BlockProps } from '../types'
import styles from './Quote.module.css'

export function QuoteBlock({ block, lang }: BlockProps<QuoteData>) {
  return (
    <div className="section section--tight">
      <figure className={styles.quote}>
        <blockquote lang={lang('quote')}>
          <p className="prewrap">{block.quote}</p>
        </blockquote>
        <figcaption>
          <span lang={lang('name')}>{block.name}</span>
          {block.detail && (
            <>
              {' · '}
              <span className={styles.detail} lang={lang('detail')}>
                {block.detail}
              </span>
            </>
          )}
        </figcaption>
      </figure>
    </div>
  )
}
