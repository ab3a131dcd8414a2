import type { FlattenedField } from 'payload'

type Values = Record<string, unknown>

const isRecord = (value: unknown): value is Values =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isBlank = (value: unknown) => value === undefined || value === null || value === ''

/** The words a staff member types: these follow the form at once. */
const TYPED = new Set([
  'text',
  'textarea',
  'email',
  'number',
  'select',
  'radio',
  'checkbox',
  'date',
  'code',
  'richText',
])

const rowId = (row: unknown) => (isRecord(row) ? row.id : undefined)

function overlayRows(
  saved: unknown,
  typed: unknown,
  fieldsOf: (row: Values) => FlattenedField[] | undefined,
): unknown {
  if (!Array.isArray(typed)) return saved
  const savedRows = Array.isArray(saved) ? saved : []
  return typed.flatMap((row, index) => {
    if (!isRecord(row)) return []
    const fields = fieldsOf(row)
    if (!fields) return []
    // A row is the same row when its id and (for blocks) its type match.
    const sameRow = (candidate: unknown): candidate is Values =>
      isRecord(candidate) && candidate.blockType === row.blockType
    const match =
      savedRows.find((candidate) => rowId(candidate) === row.id && sameRow(candidate)) ??
      (row.id === undefined && sameRow(savedRows[index]) ? savedRows[index] : undefined)
    const fresh: Values =
      row.blockType === undefined ? { id: row.id } : { id: row.id, blockType: row.blockType }
    return [overlayTyped(fields, match ?? fresh, row)]
  })
}

/**
 * The saved document with what the staff member has typed in the admin form but not saved yet,
 * for the live preview. Words, numbers and choices follow the form; links to other records and
 * pictures keep their saved (populated) values until Save draft, because the form holds only
 * their ids. An emptied field keeps its saved value rather than leaving a hole in the page.
 */
export function overlayTyped<T extends Values>(
  fields: readonly FlattenedField[],
  saved: T,
  typed: Values,
): T {
  const result: Values = { ...saved }
  for (const field of fields) {
    if (!('name' in field) || !(field.name in typed)) continue
    const value = typed[field.name]
    const current = saved[field.name]
    if (TYPED.has(field.type)) {
      if (!isBlank(value)) result[field.name] = value
    } else if (field.type === 'group' || field.type === 'tab') {
      if (isRecord(value)) {
        result[field.name] = overlayTyped(
          field.flattenedFields,
          isRecord(current) ? current : {},
          value,
        )
      }
    } else if (field.type === 'array') {
      result[field.name] = overlayRows(current, value, () => field.flattenedFields)
    } else if (field.type === 'blocks') {
      const blocks = field.blocks as readonly { slug: string; flattenedFields?: FlattenedField[] }[]
      result[field.name] = overlayRows(
        current,
        value,
        (row) => blocks.find((block) => block.slug === row.blockType)?.flattenedFields,
      )
    }
  }
  return result as T
}
