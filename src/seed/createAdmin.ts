import crypto from 'node:crypto'
import type { Payload } from 'payload'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Creates (or resets the password of) an admin account, returning a freshly generated password. */
export async function createAdmin(payload: Payload, email: string): Promise<string> {
  if (!EMAIL.test(email)) throw new Error(`"${email}" is not an email address.`)
  const password = crypto.randomBytes(12).toString('base64url')
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    limit: 1,
    overrideAccess: true,
  })
  const user = existing.docs[0]
  if (user) {
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { password, roles: ['admin'] },
      overrideAccess: true,
    })
  } else {
    await payload.create({
      collection: 'users',
      data: { email, password, name: 'Administrator', roles: ['admin'] },
      overrideAccess: true,
    })
  }
  return password
}
