import { BadRequest } from '@/api/badRequest'
import {
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'all',
  'near',
  'within',
  'intersects',
])

/** Every field path a `where` tree filters on ("uploadedBy.sessions.id"), however it is nested. */
export function wherePaths(where: unknown, prefix = ''): string[] {
  if (Array.isArray(where)) return where.flatMap((item) => wherePaths(item, prefix))
  if (!where || typeof where !== 'object') return []
  return Object.entries(where).flatMap(([key, value]) => {
    if (key === 'and' || key === 'or') return wherePaths(value, prefix)
    if (OPERATORS.has(key)) return prefix ? [prefix] : []
    return wherePaths(value, prefix ? `${prefix}.${key}` : key)
  })
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim().replace(/^-/, ''))
    .filter(Boolean)

type Collections = PayloadRequest['payload']['collections']

/** Whether the reader may read every document of a collection (not only some, not none). */
async function readsAll(req: PayloadRequest, slug: string): Promise<boolean> {
  const read = req.payload.collections[slug as keyof Collections]?.config.access.read
  return read ? (await read({ req })) === true : false
}

/**
 * The first relationship a path crosses into a collection its reader may not read in full
 * ("uploadedBy" of "uploadedBy.sessions.id" for a visitor), or null. Filtering or sorting through
 * it would answer questions about documents the reader cannot see, one character at a time.
 */
async function refusedCrossing(
  req: PayloadRequest,
  fields: readonly FlattenedField[],
  segments: string[],
): Promise<string | null> {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field || !rest.length) return null
  if (field.type === 'relationship' || field.type === 'upload') {
    // Filtering by the related document's id reads nothing of it.
    if (rest.length === 1 && ['id', 'value', 'relationTo'].includes(rest[0])) return null
    const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
    for (const target of targets) {
      if (!(await readsAll(req, target))) return name
    }
    if (targets.length !== 1) return null
    const next = req.payload.collections[targets[0] as keyof Collections]?.config.flattenedFields
    const deeper = next ? await refusedCrossing(req, next, rest) : null
    return deeper ? `${name}.${deeper}` : null
  }
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
    const deeper = await refusedCrossing(req, field.flattenedFields, rest)
    return deeper ? `${name}.${deeper}` : null
  }
  if (field.type === 'blocks') {
    for (const block of field.blocks) {
      const deeper = await refusedCrossing(req, block.flattenedFields, rest)
      if (deeper) return `${name}.${deeper}`
    }
  }
  return null
}

const guardRelationshipQueries: CollectionBeforeOperationHook = async ({
  args,
  collection,
  req,
}) => {
  const { where, sort, overrideAccess } = args as {
    where?: unknown
    sort?: unknown
    overrideAccess?: boolean
  }
  // The server's own reads (Local API with overrideAccess) are trusted; every reader's are not.
  if (req.payloadAPI === 'local' && overrideAccess !== false) return args
  const paths = [...wherePaths(where), ...sortPaths(sort)].filter((path) => path.includes('.'))
  for (const path of new Set(paths)) {
    const refused = await refusedCrossing(req, collection.flattenedFields, path.split('.'))
    if (refused) {
      throw new BadRequest(
        `The following path cannot be queried: ${path} (it reads records you cannot see).`,
      )
    }
  }
  return args
}

/**
 * Filtering or sorting through a relationship is evaluated as its reader: only into a collection
 * they may read in full (probe F2: an anonymous filter on media's uploader's session ids).
 */
export const withRelationshipQueryGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [guardRelationshipQueries, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
