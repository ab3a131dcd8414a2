import { BadRequest } from '@/api/badRequest'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

// Operators for map-point fields; no collection here has one, and the database adapters fail
// with a server error when they are used on other fields.
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

/** The first geo operator in a `where` tree, with the field it was used on. */
export function findGeoOperator(
  where: unknown,
  field = '',
): { field: string; operator: string } | null {
  if (Array.isArray(where)) {
    for (const item of where) {
      const found = findGeoOperator(item, field)
      if (found) return found
    }
    return null
  }
  if (!where || typeof where !== 'object') return null
  for (const [key, value] of Object.entries(where)) {
    if (GEO_OPERATORS.has(key)) return { field, operator: key }
    const found = findGeoOperator(value, key === 'and' || key === 'or' ? field : key)
    if (found) return found
  }
  return null
}

const refuseGeoQueries: CollectionBeforeOperationHook = ({ args }) => {
  const found = findGeoOperator((args as { where?: unknown }).where)
  if (found) {
    throw new BadRequest(
      `The query operator "${found.operator}" only works on map points; "${found.field}" is not one.`,
    )
  }
  return args
}

/** Answers geo operators on ordinary fields with 400 instead of a database error. */
export const withoutGeoQueries = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseGeoQueries, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
