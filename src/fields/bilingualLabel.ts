import type { LabelFunction } from 'payload'

/**
 * A label in the admin's language. Payload prints an object label ({ en, id }) as
 * "[object Object]" in list sort buttons; a function is resolved to a string for each admin
 * language before any component sees it.
 */
export const bilingual =
  (en: string, id: string): LabelFunction =>
  ({ i18n }) =>
    i18n?.language === 'id' ? id : en
