import { RichText } from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

type Data = ComponentProps<typeof RichText>['data']

export function RichTextContent({ data, lang }: { data: Data | null | undefined; lang?: string }) {
  if (!data) return null
  return (
    <div className="prose" lang={lang}>
      <RichText data={data} disableContainer />
    </div>
  )
}
