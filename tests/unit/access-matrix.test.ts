/**
 * The roles matrix, one row per cell: every role tries every operation through REST and through
 * GraphQL as a really logged-in user, and the outcome must match the table.
 */
import crypto from 'node:crypto'
import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '@/access/roles'
import { nextTuesday } from '../helpers/booking'
import { makeModality, makeService, makeUser } from '../helpers/fixtures'
import { getSeededTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

type Who = 'anonymous' | Role
const WHO: Who[] = ['anonymous', 'marketing', 'editor', 'frontdesk', 'admin']
type Expected = Record<Who, boolean>
const allow = (
  anonymous: boolean,
  marketing: boolean,
  editor: boolean,
  frontdesk: boolean,
  admin: boolean,
) => ({ anonymous, marketing, editor, frontdesk, admin })

type Actor = { who: Who; token?: string; userId?: string }
/** Performs the operation and answers whether it was allowed (and took effect). */
type Attempt = (actor: Actor) => Promise<boolean>
type Cell = { name: string; expected: Expected; rest: Attempt; graphql?: Attempt }

let payload: Payload
const actors = {} as Record<Who, Actor>
let modalityId: string

const unique = () => crypto.randomBytes(3).toString('hex')
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** 2xx: allowed; 401/403/404: refused; anything else means the test itself is wrong. */
function allowedByStatus(status: number, what: string): boolean {
  if (status >= 200 && status < 300) return true
  if ([401, 403, 404].includes(status)) return false
  throw new Error(`${what} answered ${status}; the request body is probably invalid`)
}

async function viaRest(
  actor: Actor,
  path: string,
  method = 'GET',
  body?: unknown,
): Promise<boolean> {
  const response = await rest(path, { method, body, token: actor.token })
  return allowedByStatus(response.status, `${method} ${path}`)
}

type GraphQLResult = { data?: Record<string, unknown> | null; errors?: { message: string }[] }

async function viaGraphql(
  actor: Actor,
  query: string,
  field: string,
  variables?: Record<string, unknown>,
): Promise<boolean> {
  const { json } = await graphql(query, actor.token, variables)
  const result = json as GraphQLResult
  const value = result.data?.[field]
  if (value) return true
  const message = result.errors?.map((error) => error.message).join('; ') ?? ''
  if (/forbidden|not allowed|not found|unauthorized/i.test(message) || (!message && !value)) {
    return false
  }
  throw new Error(`GraphQL ${field} failed for another reason: ${message}`)
}

/** GraphQL spells select values as enum names: "nervous-system" → nervous_system. */
const ENUM_KEYS = new Set(['target', 'pressure', 'goal', 'depth', 'discountType', 'type', 'status'])
function graphqlInput(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => graphqlInput(item, key))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, inner]) => [name, graphqlInput(inner, name)]),
    )
  }
  if (typeof value === 'string' && (ENUM_KEYS.has(key) || key.endsWith('_tz'))) {
    return value.replace(/[-/]/g, '_')
  }
  return value
}

// ---------------------------------------------------------------------------------------------
// Documents each row works on. A fresh one per attempt where the attempt changes or deletes it.

const quiet = { overrideAccess: true, depth: 0 } as const

type Factory = (status?: 'published' | 'draft') => Promise<string>

const factories: Record<string, Factory> = {
  services: async (status = 'published') =>
    (await makeService(payload, modalityId, { name: `Service ${unique()}`, _status: status })).id,
  modalities: async (status = 'published') =>
    (await makeModality(payload, { name: `Modality ${unique()}`, _status: status })).id,
  techniques: async (status = 'published') =>
    (
      await payload.create({
        collection: 'techniques',
        data: techniqueData(status) as RequiredDataFromCollectionSlug<'techniques'>,
        ...quiet,
      })
    ).id,
  therapists: async (status = 'published') =>
    (
      await payload.create({
        collection: 'therapists',
        data: therapistData(status) as RequiredDataFromCollectionSlug<'therapists'>,
        ...quiet,
      })
    ).id,
  promotions: async (status = 'published') =>
    (
      await payload.create({
        collection: 'promotions',
        data: promotionData(status) as RequiredDataFromCollectionSlug<'promotions'>,
        ...quiet,
      })
    ).id,
  pages: async (status = 'published') =>
    (
      await payload.create({
        collection: 'pages',
        data: pageData(status) as RequiredDataFromCollectionSlug<'pages'>,
        ...quiet,
      })
    ).id,
}

const pageData = (status: 'published' | 'draft' = 'published') => ({
  title: `Campaign ${unique()}`,
  layout: [{ blockType: 'quote', quote: 'Calm and kind.', name: 'A guest' }],
  _status: status,
})

const techniqueData = (status: 'published' | 'draft' = 'published') => ({
  name: `Technique ${unique()}`,
  description: 'Long gliding strokes.',
  physiology: 'Warms the skin and superficial muscles.',
  depth: 'superficial' as const,
  _status: status,
})

const therapistData = (status: 'published' | 'draft' = 'published') => ({
  name: `Therapist ${unique()}`,
  title: 'Massage therapist',
  bio: 'Ten years of practice.',
  licence: { type: 'bnsp' as const, number: `BNSP-${unique()}`, issuingBody: 'BNSP' },
  _status: status,
})

const promotionData = (
  status: 'published' | 'draft' = 'published',
  window: { startsAt: string; endsAt: string } = { startsAt: future(-1), endsAt: future(10) },
) => ({
  title: `Offer ${unique()}`,
  summary: 'Ten percent off everything.',
  ...window,
  startsAt_tz: 'Asia/Jakarta' as const,
  endsAt_tz: 'Asia/Jakarta' as const,
  discountType: 'percentage' as const,
  percentOff: 10,
  appliesToAll: true,
  _status: status,
})

const CREATE_BODIES: Record<string, () => Record<string, unknown>> = {
  services: () => ({
    name: `Created service ${unique()}`,
    modality: modalityId,
    summary: 'Summary',
    options: [{ durationMinutes: 60, priceIdr: 300000 }],
    _status: 'published',
  }),
  modalities: () => ({
    name: `Created modality ${unique()}`,
    tagline: 'Tagline',
    summary: 'Summary',
    primaryGoal: 'Goal',
    target: 'nervous-system',
    pressure: ['light'],
    indications: [{ goal: 'stress', text: 'Stress' }],
    _status: 'published',
  }),
  techniques: () => techniqueData(),
  therapists: () => therapistData(),
  promotions: () => promotionData(),
  pages: () => pageData(),
}

const GRAPHQL_NAMES: Record<string, { one: string; input: string; update: string }> = {
  services: { one: 'Service', input: 'mutationServiceInput', update: 'mutationServiceUpdateInput' },
  modalities: {
    one: 'Modality',
    input: 'mutationModalityInput',
    update: 'mutationModalityUpdateInput',
  },
  techniques: {
    one: 'Technique',
    input: 'mutationTechniqueInput',
    update: 'mutationTechniqueUpdateInput',
  },
  therapists: {
    one: 'Therapist',
    input: 'mutationTherapistInput',
    update: 'mutationTherapistUpdateInput',
  },
  promotions: {
    one: 'Promotion',
    input: 'mutationPromotionInput',
    update: 'mutationPromotionUpdateInput',
  },
  pages: { one: 'Page', input: 'mutationPageInput', update: 'mutationPageUpdateInput' },
}

// ---------------------------------------------------------------------------------------------
// Cells built from the rules shared by several collections.

function crudCells(
  collection: keyof typeof factories,
  expected: {
    read: Expected
    readHidden: Expected
    create: Expected
    update: Expected
    delete: Expected
  },
  hidden: () => Promise<string>,
  hiddenLabel: string,
): Cell[] {
  const names = GRAPHQL_NAMES[collection]!
  const make = factories[collection]!
  const readOne = (id: Promise<string>) => async (actor: Actor) =>
    viaRest(actor, `/${collection}/${await id}?draft=true`)
  const gqlRead = (id: Promise<string>) => async (actor: Actor) =>
    viaGraphql(
      actor,
      `query($id: String!) { ${names.one}(id: $id, draft: true) { id } }`,
      names.one,
      {
        id: await id,
      },
    )
  return [
    {
      name: `${collection}: read a published document`,
      expected: expected.read,
      rest: async (actor) => readOne(make())(actor),
      graphql: async (actor) => gqlRead(make())(actor),
    },
    {
      name: `${collection}: read ${hiddenLabel}`,
      expected: expected.readHidden,
      rest: async (actor) => readOne(hidden())(actor),
      graphql: async (actor) => gqlRead(hidden())(actor),
    },
    {
      name: `${collection}: create`,
      expected: expected.create,
      rest: (actor) => viaRest(actor, `/${collection}`, 'POST', CREATE_BODIES[collection]!()),
      graphql: (actor) =>
        viaGraphql(
          actor,
          `mutation($data: ${names.input}!) { create${names.one}(data: $data) { id } }`,
          `create${names.one}`,
          { data: graphqlInput(CREATE_BODIES[collection]!()) },
        ),
    },
    {
      name: `${collection}: update`,
      expected: expected.update,
      rest: async (actor) => viaRest(actor, `/${collection}/${await make()}`, 'PATCH', {}),
      graphql: async (actor) =>
        viaGraphql(
          actor,
          `mutation($id: String!) { update${names.one}(id: $id, data: {}) { id } }`,
          `update${names.one}`,
          { id: await make() },
        ),
    },
    {
      name: `${collection}: delete`,
      expected: expected.delete,
      rest: async (actor) => viaRest(actor, `/${collection}/${await make()}`, 'DELETE'),
      graphql: async (actor) =>
        viaGraphql(
          actor,
          `mutation($id: String!) { delete${names.one}(id: $id) { id } }`,
          `delete${names.one}`,
          { id: await make() },
        ),
    },
  ]
}

const EVERYONE = allow(true, true, true, true, true)
/** Everyone signed in, front desk included. */
const SIGNED_IN = allow(false, true, true, true, true)
/** Those who keep the site's content; front desk only answers bookings. */
const STAFF = allow(false, true, true, false, true)
const EDITORS = allow(false, false, true, false, true)
const MARKETING = allow(false, true, false, false, true)
const DESK = allow(false, false, false, true, true)
const ADMINS = allow(false, false, false, false, true)
const NOBODY = allow(false, false, false, false, false)

const contentCells = (collection: 'services' | 'modalities' | 'techniques' | 'therapists') =>
  crudCells(
    collection,
    { read: EVERYONE, readHidden: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS },
    () => factories[collection]!('draft'),
    'a draft',
  )

async function uploadedImage(actor: Actor): Promise<{ allowed: boolean; id?: string }> {
  const png = await sharp({
    create: { width: 8, height: 8, channels: 3, background: '#3f6658' },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${unique()}.png`)
  form.append('_payload', JSON.stringify({ alt: 'A green square' }))
  const response = await rest('/media', { method: 'POST', body: form, token: actor.token })
  const allowed = allowedByStatus(response.status, 'POST /media')
  return { allowed, id: allowed ? (response.json as { doc: { id: string } }).doc.id : undefined }
}

async function imageBy(who: Who): Promise<string> {
  const { id } = await uploadedImage(actors[who])
  if (!id) throw new Error(`${who} could not upload`)
  return id
}

const mediaCells: Cell[] = [
  {
    name: 'media: read',
    expected: EVERYONE,
    rest: async (actor) => viaRest(actor, `/media/${await imageBy('editor')}`),
    graphql: async (actor) =>
      viaGraphql(actor, `query($id: String!) { Media(id: $id) { id } }`, 'Media', {
        id: await imageBy('editor'),
      }),
  },
  {
    name: 'media: upload (REST only; GraphQL has no file uploads)',
    expected: STAFF,
    rest: async (actor) => (await uploadedImage(actor)).allowed,
  },
  {
    name: 'media: update',
    expected: STAFF,
    rest: async (actor) =>
      viaRest(actor, `/media/${await imageBy('editor')}`, 'PATCH', { alt: 'New alt text' }),
    graphql: async (actor) =>
      viaGraphql(
        actor,
        `mutation($id: String!) { updateMedia(id: $id, data: { alt: "New alt" }) { id } }`,
        'updateMedia',
        { id: await imageBy('editor') },
      ),
  },
  {
    name: "media: delete someone else's upload",
    expected: EDITORS,
    rest: async (actor) => viaRest(actor, `/media/${await imageBy('admin')}`, 'DELETE'),
    graphql: async (actor) =>
      viaGraphql(actor, `mutation($id: String!) { deleteMedia(id: $id) { id } }`, 'deleteMedia', {
        id: await imageBy('admin'),
      }),
  },
  {
    name: 'media: delete own upload',
    expected: STAFF,
    rest: async (actor) =>
      actor.who === 'anonymous' || actor.who === 'frontdesk'
        ? viaRest(actor, `/media/${await imageBy('admin')}`, 'DELETE')
        : viaRest(actor, `/media/${await imageBy(actor.who)}`, 'DELETE'),
  },
]

const PERSONAL_FIELDS = ['name', 'phone', 'email', 'message']

/** All four personal fields, or none: a reader who sees some of them is a failure in itself. */
function personalFieldsShown(doc: Record<string, unknown>): boolean {
  const shown = PERSONAL_FIELDS.filter((field) => doc[field] !== undefined && doc[field] !== null)
  if (shown.length && shown.length !== PERSONAL_FIELDS.length) {
    throw new Error(`Only some personal fields were readable: ${shown.join(', ')}`)
  }
  return shown.length === PERSONAL_FIELDS.length
}

async function makeInquiry(): Promise<string> {
  return (
    await payload.create({
      collection: 'inquiries',
      data: {
        name: 'Dewi',
        phone: '+6281234567890',
        email: 'dewi@example.com',
        message: 'Lower back is sore.',
        preferredDate: nextTuesday(),
        preferredTime: '14:00',
      } as RequiredDataFromCollectionSlug<'inquiries'>,
      // Not a visitor: keep the per-address limit on anonymous requests out of the way.
      context: { clientAddress: `fixture-${unique()}` },
      ...quiet,
    })
  ).id
}

const inquiryField = async (id: string, field: 'status' | 'name') =>
  (await payload.findByID({ collection: 'inquiries', id, ...quiet }))[field]

const inquiryBody = () => ({
  name: 'Budi',
  phone: '+628111111111',
  preferredDate: nextTuesday(),
  preferredTime: '11:00',
})

const inquiryCells: Cell[] = [
  {
    name: 'inquiries: create (the public booking form)',
    expected: EVERYONE,
    rest: (actor) => viaRest(actor, '/inquiries', 'POST', inquiryBody()),
    graphql: (actor) =>
      viaGraphql(
        actor,
        `mutation($data: mutationInquiryInput!) { createInquiry(data: $data) { id } }`,
        'createInquiry',
        { data: graphqlInput({ ...inquiryBody(), status: 'new' }) },
      ),
  },
  {
    name: 'inquiries: read (counts and non-personal fields)',
    expected: SIGNED_IN,
    rest: async (actor) => viaRest(actor, `/inquiries/${await makeInquiry()}`),
    graphql: async (actor) =>
      viaGraphql(actor, `query($id: String!) { Inquiry(id: $id) { id } }`, 'Inquiry', {
        id: await makeInquiry(),
      }),
  },
  {
    name: "inquiries: read the guest's name, phone, email and message",
    expected: DESK,
    rest: async (actor) => {
      const response = await rest(`/inquiries/${await makeInquiry()}`, { token: actor.token })
      if (!allowedByStatus(response.status, 'GET /inquiries/:id')) return false
      return personalFieldsShown(response.json as Record<string, unknown>)
    },
    graphql: async (actor) => {
      const { json } = await graphql(
        `
          query ($id: String!) {
            Inquiry(id: $id) {
              id
              name
              phone
              email
              message
            }
          }
        `,
        actor.token,
        { id: await makeInquiry() },
      )
      const doc = (json as { data?: { Inquiry?: Record<string, unknown> | null } }).data?.Inquiry
      return doc ? personalFieldsShown(doc) : false
    },
  },
  {
    name: "inquiries: find requests by the guest's phone",
    expected: DESK,
    rest: async (actor) => {
      await makeInquiry()
      const response = await rest('/inquiries?where[phone][equals]=%2B6281234567890&limit=1', {
        token: actor.token,
      })
      // Payload refuses a filter on a field the reader cannot read with 400 and names the path.
      if (response.status === 400) {
        expect(JSON.stringify(response.json)).toContain('phone')
        return false
      }
      if (!allowedByStatus(response.status, 'GET /inquiries?where[phone]')) return false
      return (response.json as { totalDocs: number }).totalDocs > 0
    },
    graphql: async (actor) => {
      await makeInquiry()
      const { json } = await graphql(
        `
          {
            Inquiries(where: { phone: { equals: "+6281234567890" } }, limit: 1) {
              totalDocs
            }
          }
        `,
        actor.token,
      )
      const found = (json as { data?: { Inquiries?: { totalDocs: number } | null } }).data
      return (found?.Inquiries?.totalDocs ?? 0) > 0
    },
  },
  {
    name: 'inquiries: update the status',
    expected: DESK,
    rest: async (actor) => {
      const id = await makeInquiry()
      await rest(`/inquiries/${id}`, {
        method: 'PATCH',
        token: actor.token,
        body: { status: 'confirmed' },
      })
      return (await inquiryField(id, 'status')) === 'confirmed'
    },
    graphql: async (actor) => {
      const id = await makeInquiry()
      await graphql(
        `
          mutation ($id: String!) {
            updateInquiry(id: $id, data: { status: confirmed }) {
              id
            }
          }
        `,
        actor.token,
        { id },
      )
      return (await inquiryField(id, 'status')) === 'confirmed'
    },
  },
  {
    name: 'inquiries: assign a room and write a note for the team',
    expected: DESK,
    rest: async (actor) => {
      const id = await makeInquiry()
      await rest(`/inquiries/${id}`, {
        method: 'PATCH',
        token: actor.token,
        body: { room: 2, staffNote: 'Prefers a female therapist.' },
      })
      const stored = await payload.findByID({ collection: 'inquiries', id, ...quiet })
      return stored.room === 2 && stored.staffNote === 'Prefers a female therapist.'
    },
    graphql: async (actor) => {
      const id = await makeInquiry()
      await graphql(
        `
          mutation ($id: String!) {
            updateInquiry(id: $id, data: { room: 2, staffNote: "Quiet room" }) {
              id
            }
          }
        `,
        actor.token,
        { id },
      )
      const stored = await payload.findByID({ collection: 'inquiries', id, ...quiet })
      return stored.room === 2 && stored.staffNote === 'Quiet room'
    },
  },
  {
    name: 'inquiries: change what the visitor wrote',
    expected: ADMINS,
    rest: async (actor) => {
      const id = await makeInquiry()
      await rest(`/inquiries/${id}`, { method: 'PATCH', token: actor.token, body: { name: 'X' } })
      return (await inquiryField(id, 'name')) === 'X'
    },
    graphql: async (actor) => {
      const id = await makeInquiry()
      await graphql(
        `
          mutation ($id: String!) {
            updateInquiry(id: $id, data: { name: "X" }) {
              id
            }
          }
        `,
        actor.token,
        { id },
      )
      return (await inquiryField(id, 'name')) === 'X'
    },
  },
  {
    name: 'inquiries: delete',
    expected: ADMINS,
    rest: async (actor) => viaRest(actor, `/inquiries/${await makeInquiry()}`, 'DELETE'),
    graphql: async (actor) =>
      viaGraphql(
        actor,
        `mutation($id: String!) { deleteInquiry(id: $id) { id } }`,
        'deleteInquiry',
        { id: await makeInquiry() },
      ),
  },
]

const settingsCells: Cell[] = [
  {
    name: 'site-settings: read',
    expected: EVERYONE,
    rest: (actor) => viaRest(actor, '/globals/site-settings'),
    graphql: (actor) => viaGraphql(actor, '{ SiteSetting { spaName } }', 'SiteSetting'),
  },
  {
    name: 'site-settings: update',
    expected: EDITORS,
    rest: (actor) =>
      viaRest(actor, '/globals/site-settings', 'POST', { tagline: `Tagline ${unique()}` }),
    graphql: async (actor) => {
      // GraphQL wants every required field of the global, so send the current ones back.
      const current = await payload.findGlobal({ slug: 'site-settings', ...quiet })
      return viaGraphql(
        actor,
        `mutation($data: mutationSiteSettingInput!) { updateSiteSetting(data: $data) { spaName } }`,
        'updateSiteSetting',
        {
          data: {
            spaName: current.spaName,
            phone: current.phone,
            whatsapp: current.whatsapp,
            address: { street: current.address.street, city: current.address.city },
            tagline: `Tagline ${unique()}`,
          },
        },
      )
    },
  },
]

const otherUser = async () => (await makeUser(payload, ['editor'])).user.id

/** An audit entry as the server writes it (nobody can create one through the API). */
async function auditEntry(): Promise<string> {
  const { recordAudit } = await import('@/audit/record')
  const { createLocalReq } = await import('payload')
  const req = await createLocalReq({}, payload)
  await recordAudit(req, { action: 'exported', summary: `Fixture ${unique()}` })
  const { docs } = await payload.find({
    collection: 'audit-events',
    sort: '-createdAt',
    limit: 1,
    ...quiet,
  })
  return docs[0].id
}

const auditCells: Cell[] = [
  {
    name: 'audit-events: read the audit trail',
    expected: ADMINS,
    rest: async (actor) => viaRest(actor, `/audit-events/${await auditEntry()}`),
    graphql: async (actor) =>
      viaGraphql(actor, `query($id: String!) { AuditEvent(id: $id) { id } }`, 'AuditEvent', {
        id: await auditEntry(),
      }),
  },
  {
    name: 'audit-events: write an entry',
    expected: NOBODY,
    rest: (actor) =>
      viaRest(actor, '/audit-events', 'POST', {
        at: new Date().toISOString(),
        action: 'erased',
        summary: 'forged',
      }),
  },
  {
    name: 'audit-events: change an entry',
    expected: NOBODY,
    rest: async (actor) =>
      viaRest(actor, `/audit-events/${await auditEntry()}`, 'PATCH', { summary: 'rewritten' }),
  },
  {
    name: 'audit-events: delete an entry',
    expected: NOBODY,
    rest: async (actor) => viaRest(actor, `/audit-events/${await auditEntry()}`, 'DELETE'),
    graphql: async (actor) =>
      viaGraphql(
        actor,
        `mutation($id: String!) { deleteAuditEvent(id: $id) { id } }`,
        'deleteAuditEvent',
        { id: await auditEntry() },
      ),
  },
  {
    name: "inquiries: export a guest's data (guest-data tool)",
    expected: ADMINS,
    rest: (actor) => viaRest(actor, '/inquiries/guest-data?guest=%2B6281234567890'),
  },
  {
    name: "inquiries: erase a guest's data (guest-data tool)",
    expected: ADMINS,
    rest: (actor) =>
      viaRest(actor, '/inquiries/guest-data/erase', 'POST', {
        guest: `erase-${unique()}@example.com`,
      }),
  },
]

const userCells: Cell[] = [
  {
    name: 'users: read own account',
    expected: SIGNED_IN,
    rest: (actor) => viaRest(actor, `/users/${actor.userId ?? (actors.admin.userId as string)}`),
    graphql: (actor) =>
      viaGraphql(actor, `query($id: String!) { User(id: $id) { id } }`, 'User', {
        id: actor.userId ?? actors.admin.userId,
      }),
  },
  {
    name: "users: read someone else's account",
    expected: ADMINS,
    rest: async (actor) => viaRest(actor, `/users/${await otherUser()}`),
    graphql: async (actor) =>
      viaGraphql(actor, `query($id: String!) { User(id: $id) { id } }`, 'User', {
        id: await otherUser(),
      }),
  },
  {
    name: 'users: update own name',
    expected: SIGNED_IN,
    rest: (actor) =>
      viaRest(actor, `/users/${actor.userId ?? (actors.admin.userId as string)}`, 'PATCH', {
        name: `Name ${unique()}`,
      }),
    graphql: (actor) =>
      viaGraphql(
        actor,
        `mutation($id: String!) { updateUser(id: $id, data: { name: "Renamed" }) { id } }`,
        'updateUser',
        { id: actor.userId ?? actors.admin.userId },
      ),
  },
  {
    name: "users: change someone's roles",
    expected: ADMINS,
    rest: async (actor) => {
      const id = await otherUser()
      await rest(`/users/${id}`, {
        method: 'PATCH',
        token: actor.token,
        body: { roles: ['admin'] },
      })
      return (await payload.findByID({ collection: 'users', id, ...quiet })).roles.includes('admin')
    },
    graphql: async (actor) => {
      const id = await otherUser()
      await graphql(
        `
          mutation ($id: String!) {
            updateUser(id: $id, data: { roles: [admin] }) {
              id
            }
          }
        `,
        actor.token,
        { id },
      )
      return (await payload.findByID({ collection: 'users', id, ...quiet })).roles.includes('admin')
    },
  },
  {
    name: 'users: make oneself admin',
    expected: ADMINS,
    rest: async (actor) => {
      if (!actor.userId) return false
      await rest(`/users/${actor.userId}`, {
        method: 'PATCH',
        token: actor.token,
        body: { roles: ['admin'] },
      })
      const after = await payload.findByID({ collection: 'users', id: actor.userId, ...quiet })
      return after.roles.includes('admin')
    },
  },
  {
    name: 'users: create',
    expected: ADMINS,
    rest: (actor) =>
      viaRest(actor, '/users', 'POST', {
        email: `new-${unique()}@example.com`,
        password: `pw-${unique()}-${unique()}`,
        roles: ['editor'],
      }),
  },
  {
    name: 'users: delete someone else',
    expected: ADMINS,
    rest: async (actor) => viaRest(actor, `/users/${await otherUser()}`, 'DELETE'),
  },
]

const promotionCells: Cell[] = [
  ...crudCells(
    'promotions',
    {
      read: EVERYONE,
      readHidden: STAFF,
      create: MARKETING,
      update: MARKETING,
      delete: MARKETING,
    },
    () => factories.promotions!('draft'),
    'a draft',
  ),
  ...crudCells(
    'promotions',
    {
      read: EVERYONE,
      readHidden: STAFF,
      create: MARKETING,
      update: MARKETING,
      delete: MARKETING,
    },
    async () =>
      (
        await payload.create({
          collection: 'promotions',
          data: promotionData('published', {
            startsAt: future(-20),
            endsAt: future(-10),
          }) as RequiredDataFromCollectionSlug<'promotions'>,
          ...quiet,
        })
      ).id,
    'an expired published promotion',
  ).filter((cell) => cell.name.includes('expired')),
]

const CELLS: Cell[] = [
  ...contentCells('services'),
  ...contentCells('modalities'),
  ...contentCells('techniques'),
  ...contentCells('therapists'),
  ...promotionCells,
  // Editors and marketing build pages; front desk reads only what visitors read.
  ...crudCells(
    'pages',
    { read: EVERYONE, readHidden: STAFF, create: STAFF, update: STAFF, delete: STAFF },
    () => factories.pages!('draft'),
    'a draft',
  ),
  ...mediaCells,
  ...inquiryCells,
  ...settingsCells,
  ...userCells,
  ...auditCells,
]

beforeAll(async () => {
  payload = await getSeededTestPayload()
  actors.anonymous = { who: 'anonymous' }
  // The admin first: the very first account is always made an admin.
  for (const role of ['admin', 'editor', 'marketing', 'frontdesk'] as const) {
    const { user, token } = await makeUser(payload, [role])
    actors[role] = { who: role, token, userId: user.id }
  }
  modalityId = (await makeModality(payload)).id
})

const rows = CELLS.flatMap((cell) =>
  WHO.map((who) => ({ ...cell, who, allowed: cell.expected[who] })),
)

describe.each(['REST', 'GraphQL'] as const)('roles matrix through %s', (transport) => {
  it.each(rows.filter((row) => transport === 'REST' || row.graphql))(
    '$name — $who: allowed=$allowed',
    async (row) => {
      const attempt = transport === 'REST' ? row.rest : row.graphql!
      expect(await attempt(actors[row.who])).toBe(row.allowed)
    },
  )
})

it('covers every collection in the table', () => {
  const covered = new Set(CELLS.map((cell) => cell.name.split(':')[0]))
  const collections: (CollectionSlug | 'site-settings')[] = [
    'services',
    'modalities',
    'techniques',
    'therapists',
    'promotions',
    'pages',
    'media',
    'inquiries',
    'site-settings',
    'users',
    'audit-events',
  ]
  expect([...covered].sort()).toEqual([...collections].sort())
})

it("reads a guest's personal fields through the Local API only as front desk or admin", async () => {
  const id = await makeInquiry()
  const asUser = async (who: Role) => {
    const user = await payload.findByID({
      collection: 'users',
      id: actors[who].userId as string,
      overrideAccess: true,
    })
    return payload.findByID({
      collection: 'inquiries',
      id,
      overrideAccess: false,
      user: { ...user, collection: 'users' },
    })
  }
  for (const who of ['marketing', 'editor'] as const) {
    const doc = await asUser(who)
    expect(doc.status).toBe('new')
    expect(personalFieldsShown(doc as unknown as Record<string, unknown>)).toBe(false)
  }
  for (const who of ['frontdesk', 'admin'] as const) {
    expect(personalFieldsShown((await asUser(who)) as unknown as Record<string, unknown>)).toBe(
      true,
    )
  }
})

it('shows free times for a phone booking to front desk and admins only', async () => {
  const path = `/inquiries/free-times?date=${nextTuesday()}&service=x&duration=60`
  const status = async (who: Who) => (await rest(path, { token: actors[who].token })).status
  expect(await status('anonymous')).toBe(403)
  expect(await status('marketing')).toBe(403)
  expect(await status('editor')).toBe(403)
  expect(await status('frontdesk')).toBe(200)
  const bad = await rest('/inquiries/free-times?date=tomorrow&service=x&duration=60', {
    token: actors.frontdesk.token,
  })
  expect(bad.status).toBe(400)
  expect(JSON.stringify(bad.json)).toContain('date')
})

it('refuses a room the spa does not have, naming the field', async () => {
  const id = await makeInquiry()
  const response = await rest(`/inquiries/${id}`, {
    method: 'PATCH',
    token: actors.frontdesk.token,
    body: { room: 9 },
  })
  expect(response.status).toBe(400)
  expect(JSON.stringify(response.json)).toMatch(/1 to 3\.","path":"room"/)
})
