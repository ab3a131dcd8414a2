import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let admin: string

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await makeUser(payload, ['admin'])).token
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
