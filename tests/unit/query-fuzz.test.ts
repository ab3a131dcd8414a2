/**
 * Generated query strings and bodies for every collection's REST endpoints and for GraphQL:
 * whatever their shape, the answer is never a server error and nothing is written. Runs a fixed
 * seed (the same cases every time) and a fresh one (new cases each run); both seeds are printed,
 * and a failure names its seed and the shrunk case, so `FUZZ_SEED=<seed>` replays it.
 */
import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeUser } from '../helpers/fixtures'
import { getSeededTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

const FIXED_SEED = 20261203
const RUNS = Number(process.env.FUZZ_RUNS ?? 120)

let payload: Payload
let editor: string
let slugs: string[]
const fieldsOf = new Map<string, string[]>()

beforeAll(async () => {
  payload = await getSeededTestPayload()
  editor = (await makeUser(payload, ['editor'])).token
  slugs = payload.config.collections.map((collection) => collection.slug)
  for (const collection of payload.config.collections) {
    fieldsOf.set(
      collection.slug,
      collection.flattenedFields.map((field) => field.name),
    )
  }
})

async function everyCount(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const slug of slugs) {
    counts[slug] = (await payload.count({ collection: slug as 'services' })).totalDocs
  }
  return counts
}

const awkward = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      '',
      'abc',
      '1e309',
      '-1',
      '0',
      '99999999999999999999',
      'null',
      'true',
      '2026-13-45',
      '2026-12-24',
      '%00',
      '[]',
      '{}',
      '..',
      '😀',
      'a'.repeat(300),
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
)
const operator = fc.oneof(
  fc.constantFrom(
    'equals',
    'not_equals',
    'in',
    'not_in',
    'all',
    'like',
    'not_like',
    'contains',
    'exists',
    'greater_than',
    'less_than_equal',
    'near',
    'within',
    'intersects',
  ),
  fc.string({ minLength: 1, maxLength: 6 }),
)
const fieldName = (slug: string) =>
  fc.oneof(
    fc.constantFrom(...(fieldsOf.get(slug) ?? ['id']), 'id', 'createdAt', '_status'),
    fc.constantFrom('uploadedBy.email', 'handledBy.sessions.id', 'service.name', 'a.b.c'),
    fc.string({ minLength: 1, maxLength: 8 }),
  )

/** One query-string parameter, as a browser or a probe would send it. */
const parameter = (slug: string) =>
  fc.oneof(
    fc
      .tuple(fieldName(slug), operator, fc.option(fc.nat(3)), awkward)
      .map(
        ([field, op, index, value]) =>
          `where[${field}][${op}]${index === null ? '' : `[${index}]`}=${encodeURIComponent(value)}`,
      ),
    fc
      .tuple(fc.constantFrom('or', 'and'), fc.nat(3), fieldName(slug), operator, awkward)
      .map(
        ([join, index, field, op, value]) =>
          `where[${join}][${index}][${field}][${op}]=${encodeURIComponent(value)}`,
      ),
    fc
      .tuple(
        fc.constantFrom(
          'limit',
          'page',
          'depth',
          'sort',
          'locale',
          'fallback-locale',
          'draft',
          'select',
          'populate',
          'joins',
          'trash',
          'where',
          'pagination',
        ),
        awkward,
      )
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`),
    fc
      .tuple(fc.constantFrom('select', 'populate', 'sort'), fieldName(slug), awkward)
      .map(([name, field, value]) => `${name}[${field}]=${encodeURIComponent(value)}`),
  )

const jsonValue = fc.oneof(
  awkward,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(awkward, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), awkward, { maxKeys: 3 }),
)

// Built once the config is loaded: every collection of the app, none of Payload's internal ones.
const restCase = () =>
  fc.constantFrom(...slugs.filter((slug) => !slug.startsWith('payload-'))).chain((slug) =>
    fc.record({
      slug: fc.constant(slug),
      method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE'),
      id: fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.oneof(fc.uuid(), awkward) },
      ),
      query: fc.array(parameter(slug), { minLength: 1, maxLength: 6 }),
      body: fc.dictionary(fc.oneof(fieldName(slug), fc.string({ maxLength: 6 })), jsonValue, {
        maxKeys: 5,
      }),
      asEditor: fc.boolean(),
    }),
  )

const graphqlCase = fc.record({
  list: fc.constantFrom(
    'Services',
    'Modalities',
    'Therapists',
    'Promotions',
    'Inquiries',
    'Users',
    'Pages',
  ),
  limit: awkward,
  page: awkward,
  sort: awkward,
  field: fc.constantFrom('id', 'name', 'createdAt', 'slug', 'email', 'sessions'),
  op: fc.constantFrom('equals', 'like', 'in', 'greater_than', 'exists'),
  value: awkward,
})

const seeds = () => {
  const fresh = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647)
  return [
    ['fixed', FIXED_SEED],
    ['fresh', fresh],
  ] as const
}

describe('generated requests never get a server error and never write (F3, F16)', () => {
  it.each(seeds())('REST, %s seed %i', async (_, seed) => {
    console.log(`query fuzz (REST): seed ${seed}, ${RUNS} runs — replay with FUZZ_SEED=${seed}`)
    const before = await everyCount()
    await fc.assert(
      fc.asyncProperty(restCase(), async ({ slug, method, id, query, body, asEditor }) => {
        // Only anonymous requests write (an editor's PATCH or DELETE may rightly change content).
        const token = asEditor && method === 'GET' ? editor : undefined
        const path = `/${slug}${id === undefined ? '' : `/${encodeURIComponent(id)}`}${query.length ? `?${query.join('&')}` : ''}`
        const response = await rest(path, {
          method,
          token,
          body: method === 'GET' || method === 'DELETE' ? undefined : body,
        })
        expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500)
      }),
      { seed, numRuns: RUNS, endOnFailure: false },
    )
    expect(await everyCount()).toEqual(before)
  })

  it.each(seeds())('GraphQL, %s seed %i', async (_, seed) => {
    console.log(`query fuzz (GraphQL): seed ${seed}, ${RUNS} runs — replay with FUZZ_SEED=${seed}`)
    await fc.assert(
      fc.asyncProperty(graphqlCase, async ({ list, limit, page, sort, field, op, value }) => {
        const literal = (text: string) =>
          /^-?\d+(\.\d+)?(e\d+)?$/.test(text) ? text : JSON.stringify(text)
        const query = `{ ${list}(limit: ${literal(limit)}, page: ${literal(page)}, sort: ${JSON.stringify(sort)}, where: { ${field}: { ${op}: ${JSON.stringify(value)} } }) { totalDocs } }`
        const response = await graphql(query)
        expect(response.status, `${list} ${field} ${op} ${value}`).toBeLessThan(500)
        expect(JSON.stringify(response.json)).not.toMatch(/Something went wrong/)
      }),
      { seed, numRuns: RUNS },
    )
  })
})
