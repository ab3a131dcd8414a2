import { RichTextContent } from '@/components/RichTextContent'
import type { RichTextBlock as RichTextData } from '@/payload-types'
import type { BlockProps } from '../types'
import styles from './RichText.module.css'

export function RichTextBlock({ block, lang }: BlockProps<RichTextData>) {
  return (
    <div className={`section section--tight ${styles.prose}`}>
      <RichTextContent data={block.content} lang={lang('content')} />
    </div>
  )
}
