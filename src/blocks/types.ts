import type { Locale } from '@/i18n/locales'
import type { Page, SiteSetting } from '@/payload-types'

export type LayoutBlock = Page['layout'][number]

/** What every block component is given: its data, the page's language and where it sits. */
export type BlockProps<B extends LayoutBlock> = {
  block: B
  locale: Locale
  settings: SiteSetting
  /** The block's own id, for heading ids that stay unique on the page. */
  anchor: string
  /** The first block carries the page's only h1. */
  first: boolean
  /** `lang="en"` for a field of this block that fell back to English on an Indonesian page. */
  lang: (field: string) => 'en' | undefined
}
