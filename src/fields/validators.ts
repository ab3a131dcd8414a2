import type { NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'

/**
 * A whole number within the field's `min`/`max`, with one message that gives the range (Payload's
 * own checks allow decimals and word the limits as "the max allowed Value").
 */
export const wholeNumber =
  (label: string): NumberFieldSingleValidation =>
  (value, options) => {
    const { min, max } = options
    const outside =
      typeof value === 'number' &&
      (!Number.isInteger(value) ||
        (typeof min === 'number' && value < min) ||
        (typeof max === 'number' && value > max))
    if (outside) {
      const range =
        typeof min === 'number' && typeof max === 'number'
          ? ` from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}`
          : ''
      return `${label} must be a whole number${range}.`
    }
    return (number as NumberFieldSingleValidation)(value, options)
  }

/** The range a rupiah price or amount may take: from a small add-on to a generous package. */
export const RUPIAH_BOUNDS = { min: 1_000, max: 100_000_000 } as const

/** A rupiah amount that is whole and within RUPIAH_BOUNDS; null when it is, else the message. */
export function rupiahProblem(label: string, value: number): string | null {
  return Number.isInteger(value) && value >= RUPIAH_BOUNDS.min && value <= RUPIAH_BOUNDS.max
    ? null
    : `${label} must be a whole number of rupiah from 1,000 to 100,000,000.`
}

export const rupiahAmount =
  (label: string): NumberFieldSingleValidation =>
  (value, options) => {
    const problem = typeof value === 'number' ? rupiahProblem(label, value) : null
    return problem ?? (number as NumberFieldSingleValidation)(value, options)
  }
