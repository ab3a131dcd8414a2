import {
  ValidationError,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type Field,
  type PayloadRequest,
} from 'payload'

type Problem = { path: string; message: string }

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
const STATUSES = new Set(['draft', 'published'])

/**
 * Named fields at the top of the document, looking through rows, collapsibles and plain tabs.
 * A field with a rule of its own (a booking's name, phone, treatment) answers in its own words.
 */
function topLevelFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return topLevelFields(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [] : topLevelFields(tab.fields),
      )
    if ('validate' in field && typeof field.validate === 'function') return []
    return 'name' in field ? [field] : []
  })
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Ids named by a single-collection relationship value: `id`, `{ id }`, or a list of either. */
function idsIn(value: unknown): (string | number)[] | null {
  const one = (item: unknown): string | number | null => {
    if (typeof item === 'string' || typeof item === 'number') return item
    if (isPlainObject(item) && (typeof item.id === 'string' || typeof item.id === 'number'))
      return item.id
    return null
  }
  const items = Array.isArray(value) ? value : [value]
  const ids = items.map(one)
  return ids.every((id) => id !== null) ? (ids as (string | number)[]) : null
}

function typeProblems(fields: Field[], data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = []
  for (const field of topLevelFields(fields)) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (value === null || value === undefined) continue
    const many = 'hasMany' in field && field.hasMany === true
    if (TEXT_TYPES.has(field.type)) {
      const ok = many
        ? Array.isArray(value) && value.every((item) => typeof item === 'string')
        : typeof value === 'string'
      if (!ok) problems.push({ path: field.name, message: 'This must be text.' })
    } else if (field.type === 'number') {
      const ok = many
        ? Array.isArray(value) && value.every((item) => typeof item === 'number')
        : typeof value === 'number' ||
          (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      if (!ok) problems.push({ path: field.name, message: 'This must be a number.' })
    } else if (field.type === 'checkbox' && typeof value !== 'boolean') {
      problems.push({ path: field.name, message: 'This must be true or false.' })
    }
  }
  return problems
}

async function missingRelations(
  fields: Field[],
  data: Record<string, unknown>,
  req: PayloadRequest,
): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const field of topLevelFields(fields)) {
    if (field.type !== 'relationship' && field.type !== 'upload') continue
    if (typeof field.relationTo !== 'string' || !(field.name in data)) continue
    const value = data[field.name]
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
      continue
    const ids = idsIn(value)
    if (!ids) {
      problems.push({ path: field.name, message: 'This must name a record by its id.' })
      continue
    }
    const wanted = [...new Set(ids.map(String))]
    const { totalDocs } = await req.payload.count({
      collection: field.relationTo,
      where: { id: { in: wanted } },
      overrideAccess: true,
      req,
    })
    if (totalDocs < wanted.length) {
      problems.push({ path: field.name, message: 'The chosen record does not exist (any more).' })
    }
  }
  return problems
}

/**
 * Payload stores `{"$ne":1}` sent for a name as that literal text, accepts any `_status`, and
 * answers a relationship to a record that does not exist with a database error (500). Every
 * way in gets a 400 naming the field instead.
 */
const refuseWrongTypes =
  (collection: CollectionConfig): CollectionBeforeValidateHook =>
  async ({ data, req }) => {
    if (!isPlainObject(data)) return data
    const problems = typeProblems(collection.fields, data)
    if ('_status' in data && data._status !== undefined && !STATUSES.has(String(data._status))) {
      problems.push({ path: '_status', message: 'The status must be "draft" or "published".' })
    }
    if (problems.length === 0)
      problems.push(...(await missingRelations(collection.fields, data, req)))
    if (problems.length > 0) {
      throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
    }
    return data
  }

export const withoutWrongTypes = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeValidate: [refuseWrongTypes(collection), ...(collection.hooks?.beforeValidate ?? [])],
  },
})
