/** The rows a comparison can show; every cell is read from the compared documents themselves. */
export const COMPARISON_ATTRIBUTES = [
  'goal',
  'target',
  'pressure',
  'techniques',
  'indications',
  'notIntendedFor',
  'benefits',
  'contraindications',
  'therapist',
  'sessionLengths',
  'priceRange',
] as const
export type ComparisonAttribute = (typeof COMPARISON_ATTRIBUTES)[number]

export const COMPARISON_KINDS = ['modalities', 'services'] as const
export type ComparisonKind = (typeof COMPARISON_KINDS)[number]
