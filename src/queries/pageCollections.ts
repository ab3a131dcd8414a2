/** Collections whose documents are public pages addressed by a localized slug. */
export const PAGE_COLLECTIONS = [
  'services',
  'modalities',
  'therapists',
  'promotions',
  'comparisons',
  'pages',
] as const
export type PageCollection = (typeof PAGE_COLLECTIONS)[number]
