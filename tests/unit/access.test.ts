import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeModality, makeService, makeUser, validationErrors } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let published: { id: string; slug: string }
let draft: { id: string; slug: string }
let adminToken: string
let editor: { user: { id: string }; token: string }

type Docs = { docs: { id: string }[] }
type GraphQLBody = { data?: Record<string, { docs: { id: string }[] } | null>; errors?: unknown[] }

beforeAll(async () => {
  payload = await getTestPayload()
  adminToken = (await makeUser(payload, ['admin'])).token
  editor = await makeUser(payload, ['editor'])
  const modality = await makeModality(payload)
  published = await makeService(payload, modality.id, { name: 'Published service' })
  draft = await makeService(payload, modality.id, {
    name: 'Secret draft service',
    _status: 'draft',
  })
})

describe('anonymous visitors', () => {
  it('cannot list or read users through REST or GraphQL', async () => {
    expect((await rest('/users')).status).toBe(403)
    const gql = await graphql('{ Users { docs { email } } }')
    const body = gql.json as GraphQLBody
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.length).toBeGreaterThan(0)
  })

  it('see published services but never drafts (REST list, REST by id, draft=true, GraphQL)', async () => {
    const list = (await rest('/services?limit=100')).json as Docs
    const ids = list.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)

    expect((await rest(`/services/${draft.id}`)).status).toBe(404)
    expect((await rest(`/services/${draft.id}?draft=true`)).status).toBe(404)
    const draftList = (await rest('/services?draft=true&limit=100')).json as Docs
    expect(draftList.docs.map((doc) => doc.id)).not.toContain(draft.id)

    const gql = (await graphql('{ Services(limit: 100, draft: true) { docs { id } } }'))
      .json as GraphQLBody
    const gqlIds = gql.data?.Services?.docs.map((doc) => doc.id) ?? []
    expect(gqlIds).toContain(published.id)
    expect(gqlIds).not.toContain(draft.id)
  })

  it('cannot create, change or delete content', async () => {
    const body = { name: 'Hacked', summary: 'x', options: [{ durationMinutes: 60, priceIdr: 1 }] }
    expect((await rest('/services', { method: 'POST', body })).status).toBe(403)
    expect((await rest(`/services/${published.id}`, { method: 'PATCH', body })).status).toBe(403)
    expect((await rest(`/services/${published.id}`, { method: 'DELETE' })).status).toBe(403)
  })
})

describe('staff', () => {
  it('editors see drafts', async () => {
    const list = (await rest('/services?draft=true&limit=100', { token: editor.token }))
      .json as Docs
    expect(list.docs.map((doc) => doc.id)).toContain(draft.id)
  })

  it('an editor reads only their own user record and cannot make themselves admin', async () => {
    const users = (await rest('/users', { token: editor.token })).json as Docs
    expect(users.docs.map((doc) => doc.id)).toEqual([editor.user.id])

    await rest(`/users/${editor.user.id}`, {
      method: 'PATCH',
      token: editor.token,
      body: { roles: ['admin'] },
    })
    const after = await payload.findByID({ collection: 'users', id: editor.user.id })
    expect(after.roles).toEqual(['editor'])
  })

  it('admins can change roles', async () => {
    const response = await rest(`/users/${editor.user.id}`, {
      method: 'PATCH',
      token: adminToken,
      body: { roles: ['editor', 'marketing'] },
    })
    expect(response.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: editor.user.id })
    expect(after.roles).toEqual(['editor', 'marketing'])
  })

  it('a user needs at least one role', async () => {
    const attempt = payload.create({
      collection: 'users',
      data: { email: 'norole@example.com', password: 'long-password-123', roles: [] },
      overrideAccess: true,
    })
    expect(validationErrors(await attempt.catch((error: unknown) => error)).join('\n')).toMatch(
      /^roles:/m,
    )
  })
})
