import { describe, expect, it } from 'vitest'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

describe('create-first-user', () => {
  it('makes the first account an admin, whatever role was asked for, and only once', async () => {
    const payload = await getTestPayload()
    const first = await rest('/users/first-register', {
      method: 'POST',
      body: { email: 'owner@example.com', password: 'owner-password-1', roles: ['marketing'] },
    })
    expect(first.status).toBe(200)
    const owner = await payload.find({
      collection: 'users',
      where: { email: { equals: 'owner@example.com' } },
    })
    expect(owner.docs[0]?.roles).toEqual(['admin'])

    const second = await rest('/users/first-register', {
      method: 'POST',
      body: { email: 'intruder@example.com', password: 'intruder-password-1' },
    })
    expect(second.status).toBeGreaterThanOrEqual(400)
    expect(second.status).toBeLessThan(500)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})
