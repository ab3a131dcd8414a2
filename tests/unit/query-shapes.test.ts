import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let admin: string
let editor: string

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await makeUser(payload, ['admin'])).token
  editor = (await makeUser(payload, ['editor'])).token
})

// The malformed queries of the December probe (F3) that answered 500 with a stack in the log.
const SHAPES: [string, string, string][] = [
  ['GET', '/services?limit=1e309', 'limit'],
  ['GET', '/services?limit=99999999999999999999', 'limit'],
  ['GET', '/services?page=1e309', 'page'],
  ['GET', '/services?limit=-5', 'limit'],
  ['GET', '/services?where=abc', 'where'],
  ['GET', '/inquiries?where=abc', 'where'],
  ['GET', '/services?where[createdAt][greater_than]=notadate', 'createdAt'],
  ['GET', '/promotions?where[updatedAt][less_than]=2026-13-45', 'updatedAt'],
  ['GET', '/services?where[id][equals][0]=a&where[id][equals][1]=b', 'id'],
  ['GET', '/services?where[id][equals][a]=1', 'id'],
  ['GET', '/services?where[name][like][0]=a', 'name'],
  ['GET', '/services?where[or]=abc', 'where.or'],
  // Found by the generated queries (query-fuzz.test.ts) once the probe's list was closed.
  ['GET', '/comparisons?where[title][all]=a', 'all'],
  ['GET', '/modalities?where[pressure][all]=light', 'all'],
  ['GET', '/pages?where[updatedAt][contains]=9999', 'updatedAt'],
  ['GET', '/pages?where[updatedAt][in]=abc', 'updatedAt'],
  // Found by the fuzz test's fresh seed in CI on 4 Dec (seed 1110057459).
  ['GET', '/pages?where[layout][equals]=', 'layout'],
  ['GET', '/pages?where[layout][exists]=true', 'layout'],
  ['GET', '/pages?where[layout][in]=a,b', 'layout'],
  ['DELETE', '/inquiries?where=abc', 'where'],
  ['PATCH', '/inquiries?where=abc', 'where'],
]

describe('malformed queries answer 400 naming what is wrong (probe F3)', () => {
  it.each(SHAPES)('%s %s', async (method, path, named) => {
    for (const token of [undefined, admin]) {
      const response = await rest(path, {
        method,
        token,
        body: method === 'PATCH' ? { status: 'confirmed' } : undefined,
      })
      expect(response.status, `${method} ${path} ${token ? 'as admin' : 'anonymous'}`).toBe(400)
      expect(JSON.stringify(response.json)).toContain(named)
    }
  })

  it('leaves well-formed queries alone', async () => {
    for (const path of [
      '/services?limit=10&page=1',
      '/services?limit=0',
      '/services?where[createdAt][greater_than]=2020-01-01',
      '/services?where[createdAt][less_than]=2030-01-01T00:00:00.000Z',
      '/services?where[id][in]=a,b',
      '/services?where[or][0][name][like]=deep&where[or][1][name][like]=stone',
      '/services?where[_status][exists]=true',
      '/pages?where[layout.blockType][equals]=hero',
    ]) {
      expect((await rest(path, { token: admin })).status, path).toBe(200)
    }
  })

  it('applies to GraphQL too', async () => {
    const { json } = await graphql('{ Services(limit: 100000000) { totalDocs } }', admin)
    expect(JSON.stringify(json)).toContain('limit')
    expect(JSON.stringify(json)).not.toContain('"totalDocs"')
  })
})

describe('the rest of the probe’s 500s answer 4xx with a short message (F3)', () => {
  const deepJson = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
  const thousandOr = Array.from(
    { length: 1000 },
    (_, i) => `where[or][${i}][name][like]=z${i}`,
  ).join('&')
  const CASES: [string, () => ReturnType<typeof rest>, number, RegExp][] = [
    [
      'e-mail verification that accounts here do not use',
      () => rest('/users/verify/abc', { method: 'POST' }),
      404,
      /not verified by email/,
    ],
    [
      'an internal collection with no REST route',
      () => rest('/payload-migrations'),
      404,
      /no such API route/,
    ],
    [
      'JSON nested 100,000 deep',
      () =>
        rest('/inquiries', {
          method: 'POST',
          body: deepJson,
          headers: { 'Content-Type': 'application/json' },
        }),
      400,
      /nested/,
    ],
    [
      'a multipart body cut short',
      () =>
        rest('/inquiries', {
          method: 'POST',
          body: '--zzz\r\nbroken',
          headers: { 'Content-Type': 'multipart/form-data; boundary=zzz' },
        }),
      400,
      /multipart/,
    ],
    [
      'a multipart body without a boundary',
      () =>
        rest('/inquiries', {
          method: 'POST',
          body: '--zzz\r\nbroken',
          headers: { 'Content-Type': 'multipart/form-data' },
        }),
      400,
      /multipart/,
    ],
    [
      '1,000 OR clauses in a form-encoded GET',
      () =>
        rest('/services', {
          method: 'POST',
          body: thousandOr,
          headers: {
            'X-Payload-HTTP-Method-Override': 'GET',
            'Content-Type': 'application/x-www-form-urlencoded',
          },
        }),
      400,
      /more than 100 conditions/,
    ],
    [
      '1,000 OR clauses in the address',
      () => rest(`/services?${thousandOr}`),
      400,
      /more than 100 conditions/,
    ],
    [
      'versions of photos, which keep none',
      () => rest('/media/versions', { token: editor }),
      404,
      /keeps no versions/,
    ],
    [
      'versions of the site settings, which keep none',
      () => rest('/globals/site-settings/versions', { token: editor }),
      404,
      /keeps no versions/,
    ],
    [
      'a body over 2 MB',
      () =>
        rest('/inquiries', {
          method: 'POST',
          body: JSON.stringify({ message: 'x'.repeat(3 * 1024 * 1024) }),
          headers: { 'Content-Type': 'application/json' },
        }),
      413,
      /larger than/,
    ],
  ]
  it.each(CASES)('%s', async (_, send, status, says) => {
    const response = await send()
    expect(response.status).toBe(status)
    expect(JSON.stringify(response.json)).toMatch(says)
  })

  it('a GraphQL fragment that spreads into itself', async () => {
    const response = await graphql(
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/Fragment \\"A\\" spreads into itself/)
  })

  it('a 50 MB GraphQL body is refused before it is parsed (F19)', async () => {
    const { POST } = await import('@/app/(payload)/api/graphql/route')
    const response = await POST(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: `{ Services { totalDocs } }`,
          pad: 'x'.repeat(50 * 1024 * 1024),
        }),
      }),
    )
    expect(response.status).toBe(413)
  })
})
