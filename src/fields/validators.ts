import type { NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'

/** Payload's `min`/`max` checks allow decimals; rupiah prices and minutes are whole numbers. */
export const wholeNumber =
  (label: string): NumberFieldSingleValidation =>
  (value, options) => {
    if (typeof value === 'number' && !Number.isInteger(value)) {
      return `${label} must be a whole number.`
    }
    return (number as NumberFieldSingleValidation)(value, options)
  }
