import type { WithFallback } from '@/queries/localizedFind'

/**
 * `lang="en"` for an element whose text fell back to English on an Indonesian page, so screen
 * readers pronounce it correctly (WCAG 3.1.2). Undefined otherwise: the page's lang applies.
 */
export const fallbackLang = (doc: WithFallback<object>, path: string): 'en' | undefined =>
  doc.fallbackFields.includes(path) ? 'en' : undefined
