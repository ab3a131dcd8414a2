import type { Page } from '@/payload-types'

/** A page's search description when the editor set none: its first block's words, shortened. */
export function pageDescription(page: Page): string {
  for (const block of page.layout ?? []) {
    const text =
      block.blockType === 'hero'
        ? block.text || block.headline
        : 'intro' in block && block.intro
          ? block.intro
          : null
    if (text) return text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text
  }
  return page.title
}
