import { BadRequest } from '@/api/badRequest'
import {
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FlattenedField,
} from 'payload'

const MAX_LIMIT = 1000
const MAX_PAGE = 1_000_000
// The admin's filters and search use a handful; SQLite gives up near 1,000 ("Expression tree is
// too large"), with a 500.
const MAX_CONDITIONS = 100
const DATE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
// Operators that compare with one value; `in`, `not_in` and `all` take a list.
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

const refuse = (message: string) => new BadRequest(message)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function fieldAt(fields: readonly FlattenedField[], path: string): FlattenedField | undefined {
  const [name, ...rest] = path.split('.')
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field || !rest.length) return field
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
    return fieldAt(field.flattenedFields, rest.join('.'))
  }
  return undefined
}

const isDateText = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))

/**
 * The shape of one `where` tree: an object of paths and operators whose values a database can
 * compare — not a bare string, not a list where one value goes, not "notadate" for a date.
 */
function checkWhere(where: unknown, fields: readonly FlattenedField[], path = ''): void {
  if (where === undefined || where === null) return
  if (!isRecord(where))
    throw refuse(
      `where${path ? ` (${path})` : ''}: expected conditions, e.g. where[name][equals]=…`,
    )
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : null
      if (!list) throw refuse(`where.${key}: expected a list of conditions`)
      for (const item of list) checkWhere(item, fields, path)
      continue
    }
    if (
      DATE_OPERATORS.has(key) ||
      LIST_OPERATORS.has(key) ||
      ['like', 'not_like', 'contains', 'exists'].includes(key)
    ) {
      if (!path) throw refuse(`where: "${key}" needs a field, e.g. where[name][${key}]=…`)
      const field = fieldAt(fields, path)
      // A blocks field is a list of shapes, not a value: the SQLite adapter fails on it (500).
      if (field?.type === 'blocks') {
        throw refuse(
          `${path} ${key}: holds blocks, not a value; query a block's field, e.g. where[${path}.blockType][equals]=…`,
        )
      }
      // The SQLite adapter fails on `all` for every field; nothing here needs it on any database.
      if (key === 'all') {
        throw refuse(`${path} all: not supported; combine conditions with and[…][${path}][equals]`)
      }
      if (!LIST_OPERATORS.has(key) && (Array.isArray(value) || isRecord(value))) {
        throw refuse(`${path} ${key}: expected one value, not a list`)
      }
      if (
        field?.type === 'date' &&
        DATE_OPERATORS.has(key) &&
        value !== null &&
        !isDateText(value)
      ) {
        throw refuse(
          `${path} ${key}: "${String(value).slice(0, 40)}" is not a date (use YYYY-MM-DD)`,
        )
      }
      if (field?.type === 'date' && ['like', 'not_like', 'contains'].includes(key)) {
        throw refuse(`${path} ${key}: dates are compared, not searched as text; use greater_than`)
      }
      if (field?.type === 'date' && (key === 'in' || key === 'not_in')) {
        const items = Array.isArray(value) ? value : String(value ?? '').split(',')
        const wrong = items.find((item) => item !== '' && !isDateText(item))
        if (wrong !== undefined) {
          throw refuse(
            `${path} ${key}: "${String(wrong).slice(0, 40)}" is not a date (use YYYY-MM-DD)`,
          )
        }
      }
      continue
    }
    checkWhere(value, fields, path ? `${path}.${key}` : key)
  }
}

/** Conditions in a `where` tree, counted until there are more than the limit. */
function conditionsIn(where: unknown, counted = { n: 0 }): number {
  if (counted.n > MAX_CONDITIONS) return counted.n
  if (Array.isArray(where)) for (const item of where) conditionsIn(item, counted)
  else if (isRecord(where)) {
    for (const [key, value] of Object.entries(where)) {
      if (key === 'and' || key === 'or' || isRecord(value) || Array.isArray(value))
        conditionsIn(value, counted)
      else counted.n += 1
    }
  }
  return counted.n
}

function checkNumber(name: string, value: unknown, max: number): void {
  if (value === undefined || value === null || value === '') return
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number < 0 || number > max) {
    throw refuse(`${name}: expected a whole number from 0 to ${max}`)
  }
}

const refuseMalformedQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const { where, limit, page } = args as { where?: unknown; limit?: unknown; page?: unknown }
  checkNumber('limit', limit, MAX_LIMIT)
  checkNumber('page', page, MAX_PAGE)
  if (conditionsIn(where) > MAX_CONDITIONS) {
    throw refuse(`where: more than ${MAX_CONDITIONS} conditions; narrow the query`)
  }
  checkWhere(where, collection.flattenedFields)
  return args
}

/** Malformed queries (probe F3) answer 400 with what is wrong, instead of a database error. */
export const withQueryShapeCheck = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseMalformedQueries, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
