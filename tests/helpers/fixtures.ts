import crypto from 'node:crypto'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import type { Role } from '@/access/roles'

const unique = () => crypto.randomBytes(4).toString('hex')

export async function makeModality(
  payload: Payload,
  overrides: Partial<RequiredDataFromCollectionSlug<'modalities'>> = {},
) {
  const name = overrides.name ?? `Test modality ${unique()}`
  return payload.create({
    collection: 'modalities',
    locale: 'en',
    data: {
      name,
      tagline: 'A tagline',
      summary: 'A summary',
      primaryGoal: 'A goal',
      target: 'nervous-system',
      pressure: ['light'],
      indications: [{ goal: 'stress', text: 'When stressed' }],
      _status: 'published',
      ...overrides,
      // The slug is generated from the name when it is left out, which these fixtures rely on.
    } as RequiredDataFromCollectionSlug<'modalities'>,
  })
}

export async function makeService(
  payload: Payload,
  modality: string,
  overrides: Partial<RequiredDataFromCollectionSlug<'services'>> = {},
) {
  const name = overrides.name ?? `Test service ${unique()}`
  return payload.create({
    collection: 'services',
    locale: 'en',
    data: {
      name,
      modality,
      summary: 'A short summary',
      options: [{ durationMinutes: 60, priceIdr: 350000 }],
      _status: 'published',
      ...overrides,
    } as RequiredDataFromCollectionSlug<'services'>,
  })
}

export async function makeUser(payload: Payload, roles: Role[]) {
  const email = `${roles.join('-')}-${unique()}@example.com`
  const password = `pw-${unique()}-${unique()}`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, roles },
    overrideAccess: true,
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error('login returned no token')
  return { user, token }
}

/** Every validation failure Payload reports, as "path: message" lines. */
export function validationErrors(error: unknown): string[] {
  const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
  return (data?.errors ?? []).map(({ path, message }) => `${path}: ${message}`)
}

/** A published, active therapist who gives `services` during `workingHours` (WIB). */
export async function makeTherapist(
  payload: Payload,
  overrides: Partial<RequiredDataFromCollectionSlug<'therapists'>> = {},
) {
  return payload.create({
    collection: 'therapists',
    locale: 'en',
    data: {
      name: overrides.name ?? `Therapist ${unique()}`,
      title: 'Spa therapist',
      bio: 'A short biography.',
      licence: { type: 'bnsp', number: `SPA.${unique()}`, issuingBody: 'BNSP' },
      active: true,
      _status: 'published',
      ...overrides,
    } as RequiredDataFromCollectionSlug<'therapists'>,
  })
}
