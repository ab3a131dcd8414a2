import type { NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'
import { adminLanguage, groupNumber, type Bilingual } from '@/admin/adminLanguage'
import { formatIdr } from '@/utilities/format'

/**
 * A whole number within the field's `min`/`max`, with one message that gives the range (Payload's
 * own checks allow decimals and word the limits as "the max allowed Value").
 */
export const wholeNumber =
  (label: Bilingual): NumberFieldSingleValidation =>
  (value, options) => {
    const { min, max } = options
    const outside =
      typeof value === 'number' &&
      (!Number.isInteger(value) ||
        (typeof min === 'number' && value < min) ||
        (typeof max === 'number' && value > max))
    if (outside) {
      const language = adminLanguage(options.req)
      const bounded = typeof min === 'number' && typeof max === 'number'
      const [from, to] = bounded ? [groupNumber(min, language), groupNumber(max, language)] : []
      return language === 'id'
        ? `${label.id} harus berupa bilangan bulat${bounded ? ` dari ${from} sampai ${to}` : ''}.`
        : `${label.en} must be a whole number${bounded ? ` from ${from} to ${to}` : ''}.`
    }
    return (number as NumberFieldSingleValidation)(value, options)
  }

/** The range a rupiah price or amount may take: from a small add-on to a generous package. */
export const RUPIAH_BOUNDS = { min: 1_000, max: 100_000_000 } as const

/** A rupiah amount that is whole and within RUPIAH_BOUNDS; null when it is, else the message. */
export function rupiahProblem(
  label: Bilingual,
  value: number,
  language: 'en' | 'id' = 'en',
): string | null {
  if (Number.isInteger(value) && value >= RUPIAH_BOUNDS.min && value <= RUPIAH_BOUNDS.max) {
    return null
  }
  const min = formatIdr(RUPIAH_BOUNDS.min, language)
  const max = formatIdr(RUPIAH_BOUNDS.max, language)
  return language === 'id'
    ? `${label.id} harus berupa bilangan bulat dari ${min} sampai ${max}.`
    : `${label.en} must be a whole number of rupiah from ${min} to ${max}.`
}

export const rupiahAmount =
  (label: Bilingual): NumberFieldSingleValidation =>
  (value, options) => {
    const problem =
      typeof value === 'number' ? rupiahProblem(label, value, adminLanguage(options.req)) : null
    return problem ?? (number as NumberFieldSingleValidation)(value, options)
  }
