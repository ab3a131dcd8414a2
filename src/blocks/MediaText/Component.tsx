import { MediaImage } from '@/components/MediaImage'
import { RichTextContent } from '@/components/RichTextContent'
import type { MediaTextBlock as MediaTextData } from '@/payload-types'
import type { BlockProps } from '../types'
import styles from './MediaText.module.css'

export function MediaTextBlock({ block, anchor, first, lang }: BlockProps<MediaTextData>) {
  const Heading = first ? 'h1' : 'h2'
  const headingId = `${anchor}-heading`
  return (
    <section
      className={`section ${styles.mediaText} ${block.imageSide === 'end' ? styles.end : ''}`}
      aria-labelledby={headingId}
    >
      <MediaImage
        media={block.image}
        sizes="(min-width: 56rem) 34rem, 100vw"
        priority={first}
        className={styles.image}
      />
      <div className={styles.text}>
        <Heading id={headingId} lang={lang('heading')}>
          {block.heading}
        </Heading>
        <RichTextContent data={block.text} lang={lang('text')} />
      </div>
    </section>
  )
}
