import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { wherePaths } from '@/security/relationshipQueries'
import { makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload
let admin: string
let marketing: { token: string; sessions: string[] }

const IMAGE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await makeUser(payload, ['admin'])).token
  const made = await makeUser(payload, ['marketing'])
  const me = await rest('/users/me', { token: made.token })
  const user = (me.json as { user: { sessions?: { id: string }[] } }).user
  marketing = { token: made.token, sessions: (user.sessions ?? []).map((session) => session.id) }
  // A photo uploaded by marketing: its uploadedBy points at them.
  const form = new FormData()
  form.append('file', new Blob([IMAGE], { type: 'image/png' }), 'dot.png')
  form.append('_payload', JSON.stringify({ alt: 'A dot' }))
  const uploaded = await rest('/media', { method: 'POST', body: form, token: made.token })
  expect(uploaded.status).toBe(201)
})

describe('filters and sorts through relationships (probe F2)', () => {
  it('reads every path of a where tree, nested or dotted', () => {
    expect(
      wherePaths({
        or: [
          { 'uploadedBy.sessions.id': { like: '0' } },
          { uploadedBy: { email: { exists: true } } },
        ],
        and: [{ alt: { equals: 'x' } }],
      }),
    ).toEqual(['uploadedBy.sessions.id', 'uploadedBy.email', 'alt'])
  })

  it("refuses a visitor's filter on a staff member's session ids, email or login times — the oracle is closed", async () => {
    expect(marketing.sessions.length).toBeGreaterThan(0)
    const first = marketing.sessions[0][0]
    for (const query of [
      `where[uploadedBy.sessions.id][like]=${first}`,
      'where[uploadedBy.sessions.id][like]=zz',
      'where[uploadedBy.sessions.createdAt][greater_than]=2020-01-01',
      'where[uploadedBy.email][like]=a',
      'where[uploadedBy][email][like]=a',
      'where[or][0][uploadedBy.roles][equals]=admin',
      'sort=uploadedBy.email',
      'sort=-uploadedBy.sessions.expiresAt',
    ]) {
      for (const token of [undefined, marketing.token]) {
        const response = await rest(`/media?depth=0&${query}`, { token })
        expect(response.status, `${query} as ${token ? 'marketing' : 'a visitor'}`).toBe(400)
        expect(JSON.stringify(response.json)).toContain('cannot be queried')
      }
    }
    // Filtering by the uploader's id reads nothing of the account, and stays allowed.
    const byId = await rest('/media?depth=0&where[uploadedBy][exists]=true')
    expect(byId.status).toBe(200)
  })

  it('lets an admin, who may read every account, filter through the relationship', async () => {
    const response = await rest('/media?depth=0&where[uploadedBy.roles][equals]=marketing', {
      token: admin,
    })
    expect(response.status).toBe(200)
    expect((response.json as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
  })

  it('guards every relationship of every collection into a collection a visitor cannot read in full', async () => {
    const checked: string[] = []
    for (const collection of payload.config.collections) {
      if (collection.slug.startsWith('payload-')) continue
      for (const field of collection.flattenedFields) {
        if (field.type !== 'relationship' && field.type !== 'upload') continue
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        for (const target of targets) {
          const read = payload.collections[target as CollectionSlug].config.access.read
          const visitorReadsAll = (await read({ req: { payload, user: null } as never })) === true
          if (visitorReadsAll) continue
          const response = await rest(
            `/${collection.slug}?depth=0&where[${field.name}.createdAt][exists]=true`,
          )
          checked.push(`${collection.slug}.${field.name}→${target}: ${response.status}`)
          // 403 when the visitor may not read the collection at all; never an answer.
          expect([400, 403], `${collection.slug}.${field.name} → ${target}`).toContain(
            response.status,
          )
        }
      }
    }
    expect(checked.some((line) => line.startsWith('media.uploadedBy'))).toBe(true)
  })
})
