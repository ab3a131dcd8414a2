import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  createLocalReq,
  type Payload,
  type RequiredDataFromCollectionSlug,
  type Where,
} from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { archiveName } from '@/backup/createBackup'
import { pruneBackups } from '@/backup/pruneBackups'
import { withoutQueryValues } from '@/config/logger'
import { erasePastPersonalData } from '@/jobs/erasePastPersonalData'
import type { AuditEvent, Inquiry } from '@/payload-types'
import { guestKey, lastErasableDate } from '@/privacy/retention'
import { jakartaDate, nextTuesday, setSpaSettings } from '../helpers/booking'
import { makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let admin: { token: string; id: string; email: string }
let frontdesk: { token: string; id: string }
let marketing: { token: string }
let editor: { token: string }

const DAY_MS = 24 * 60 * 60 * 1000
let counter = 0
const marker = () => `Zq${Date.now().toString(36)}${(counter += 1)}`

beforeAll(async () => {
  payload = await getTestPayload()
  await setSpaSettings(payload)
  const made = await makeUser(payload, ['admin'])
  admin = { token: made.token, id: made.user.id, email: made.user.email }
  const desk = await makeUser(payload, ['frontdesk'])
  frontdesk = { token: desk.token, id: desk.user.id }
  marketing = await makeUser(payload, ['marketing'])
  editor = await makeUser(payload, ['editor'])
})

async function request(data: Partial<Inquiry>): Promise<Inquiry> {
  return payload.create({
    collection: 'inquiries',
    data: {
      name: `Guest ${marker()}`,
      phone: '0812 1111 2222',
      preferredDate: nextTuesday(),
      preferredTime: `${String(10 + (counter % 10)).padStart(2, '0')}:00`,
      replyLanguage: 'en',
      ...data,
    } as RequiredDataFromCollectionSlug<'inquiries'>,
    context: { clientAddress: `fixture-${marker()}` },
  })
}

const stored = (id: string) =>
  payload.findByID({ collection: 'inquiries', id, overrideAccess: true, depth: 0 })

const emailJobs = async (id: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { 'input.inquiry': { equals: id } },
      overrideAccess: true,
      limit: 0,
    })
  ).totalDocs

const auditEntries = async (action: AuditEvent['action']) =>
  (
    await payload.find({
      collection: 'audit-events',
      where: { action: { equals: action } },
      overrideAccess: true,
      sort: '-createdAt',
      limit: 50,
    })
  ).docs

describe('retention', () => {
  it('counts the keeping period from the appointment day in Jakarta', () => {
    // 3 Dec 2026 at 00:30 WIB is still 2 Dec in UTC.
    expect(lastErasableDate(new Date('2026-12-02T17:30:00Z'), 365)).toBe('2025-12-03')
    expect(lastErasableDate(new Date('2026-12-02T16:30:00Z'), 365)).toBe('2025-12-02')
  })

  it('erases exactly the requests past the period, keeps their statistics and drops their emails', async () => {
    const due = await request({
      email: 'due@example.com',
      message: `Sore back ${marker()}`,
      preferredDate: jakartaDate(3),
    })
    const kept = await request({ email: 'kept@example.com', preferredDate: jakartaDate(20) })
    expect(await emailJobs(due.id)).toBeGreaterThan(0)
    const now = new Date(Date.parse(`${due.preferredDate}T09:00:00+07:00`) + 365 * DAY_MS)
    const req = await createLocalReq({}, payload)

    const result = await erasePastPersonalData(req, now)
    expect(result.erasedRequests).toBeGreaterThanOrEqual(1)

    const erased = await stored(due.id)
    expect([erased.name, erased.phone, erased.email, erased.message]).toEqual([
      null,
      '',
      null,
      null,
    ])
    expect(erased.personalDataErasedAt).toBe(now.toISOString())
    // What the statistics need stays.
    expect(erased.preferredDate).toBe(due.preferredDate)
    expect(erased.preferredTime).toBe(due.preferredTime)
    expect(erased.status).toBe('new')
    expect(erased.reference).toBe(due.reference)
    expect(await emailJobs(due.id)).toBe(0)

    const untouched = await stored(kept.id)
    expect(untouched.name).toBe(kept.name)
    expect(untouched.email).toBe('kept@example.com')
    expect(untouched.personalDataErasedAt ?? null).toBeNull()

    const [entry] = await auditEntries('retentionErased')
    expect(entry.requests).toContain(due.id)
    expect(entry.requests).not.toContain(kept.id)
    expect(entry.actorEmail).toBe('system')

    // Run again the same night: nothing more to erase.
    expect((await erasePastPersonalData(req, now)).erasedRequests).toBe(0)
    // Staff can still change an erased request's status (its empty details are not re-checked).
    const updated = await payload.update({
      collection: 'inquiries',
      id: due.id,
      data: { status: 'cancelled' },
      overrideAccess: true,
    })
    expect(updated.status).toBe('cancelled')
  })

  it('deletes backups written before the period and keeps newer ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-backups-'))
    const now = new Date('2026-12-03T00:00:00Z')
    const old = archiveName(new Date(now.getTime() - 400 * DAY_MS))
    const recent = archiveName(new Date(now.getTime() - 10 * DAY_MS))
    for (const name of [old, recent]) fs.writeFileSync(path.join(dir, name), 'x')
    expect(pruneBackups(dir, 14, new Date(now.getTime() - 365 * DAY_MS))).toEqual([old])
    expect(fs.readdirSync(dir)).toEqual([recent])
  })
})

describe("a guest's request for their data", () => {
  it('finds a phone number in both stored forms and an email in any case', () => {
    expect(guestKey('0813-9876 5432')).toEqual({
      kind: 'phone',
      forms: ['+6281398765432', '0813-9876 5432', '081398765432'],
    })
    expect(guestKey(' Sari@Example.COM ')).toEqual({ kind: 'email', value: 'sari@example.com' })
    expect(guestKey('Sari')).toBeNull()
  })

  it('exports every record for a phone number, in both stored forms, and records it', async () => {
    const name = `Sari ${marker()}`
    const modern = await request({ name, phone: '0813 9876 5432', email: 'sari@example.com' })
    const older = await request({ name, phone: '0813 9876 5432' })
    // A request stored before phone numbers were normalised.
    await payload.db.updateOne({
      collection: 'inquiries',
      id: older.id,
      data: { phone: '081398765432' },
      returning: false,
    })
    expect((await stored(older.id)).phone).toBe('081398765432')

    const json = await rest('/inquiries/guest-data?guest=%2B62%20813%209876%205432', {
      token: admin.token,
    })
    expect(json.status).toBe(200)
    expect(json.headers.get('content-disposition')).toMatch(/attachment; filename="guest-data-/)
    const data = json.json as { requests: { reference: string; phone: string; name: string }[] }
    expect(data.requests.map((item) => item.reference).sort()).toEqual(
      [modern.reference, older.reference].sort(),
    )
    expect(data.requests.map((item) => item.phone).sort()).toEqual([
      '+6281398765432',
      '081398765432',
    ])

    const text = await rest('/inquiries/guest-data?guest=081398765432&format=text', {
      token: admin.token,
    })
    expect(text.status).toBe(200)
    expect(text.json).toContain(`Name: ${name}`)
    expect(text.json).toContain(`Booking request ${modern.reference}`)

    const [entry] = await auditEntries('exported')
    expect(entry.actorEmail).toBe(admin.email)
    expect(entry.requests).toEqual(expect.arrayContaining([modern.id, older.id]))
    expect(JSON.stringify(entry)).not.toContain(name)
    expect(JSON.stringify(entry)).not.toContain('9876')
  })

  it('refuses anyone but an admin, and names the field when the guest is not a phone or email', async () => {
    for (const token of [undefined, marketing.token, editor.token, frontdesk.token]) {
      const response = await rest('/inquiries/guest-data?guest=081398765432', { token })
      expect(response.status).toBe(token ? 403 : 401)
    }
    const bad = await rest('/inquiries/guest-data?guest=Sari', { token: admin.token })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('"field":"guest"')
    const badErase = await rest('/inquiries/guest-data/erase', {
      method: 'POST',
      token: admin.token,
      body: { guest: 42 },
    })
    expect(badErase.status).toBe(400)
  })

  it('erases a guest so that nothing about them is findable, and records it', async () => {
    const name = `Rina ${marker()}`
    const message = `Pregnant ${marker()}`
    const first = await request({
      name,
      phone: '0857 2222 3333',
      email: 'Rina@Example.com',
      message,
    })
    const second = await request({ name, phone: '+6285722223333', preferredDate: jakartaDate(9) })
    const other = await request({ phone: '0857 2222 4444' })
    expect(await emailJobs(first.id)).toBeGreaterThan(0)

    const response = await rest('/inquiries/guest-data/erase', {
      method: 'POST',
      token: admin.token,
      body: { guest: '0857-2222-3333' },
    })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ requests: 2 })

    const lookups: Where[] = [
      { phone: { in: ['+6285722223333', '085722223333'] } },
      { name: { equals: name } },
      { email: { like: 'rina@example.com' } },
      { message: { like: message } },
    ]
    for (const where of lookups) {
      const found = await payload.find({ collection: 'inquiries', where, overrideAccess: true })
      expect(found.totalDocs).toBe(0)
    }
    expect(await emailJobs(first.id)).toBe(0)
    expect(await emailJobs(second.id)).toBe(0)
    const everything = JSON.stringify(
      await payload.find({ collection: 'inquiries', overrideAccess: true, limit: 0, depth: 0 }),
    )
    expect(everything).not.toContain(name)
    expect(everything).not.toContain(message)
    expect((await stored(other.id)).phone).toBe('+6285722224444')

    const [entry] = await auditEntries('erased')
    expect(entry.requests).toEqual(expect.arrayContaining([first.id, second.id]))
    const trail = JSON.stringify(
      await payload.find({ collection: 'audit-events', overrideAccess: true, limit: 0 }),
    )
    expect(trail).not.toContain(name)
    expect(trail).not.toContain('2222')

    // The guest asking again: nothing left to export.
    const again = await rest('/inquiries/guest-data?guest=085722223333', { token: admin.token })
    expect((again.json as { requests: unknown[] }).requests).toEqual([])
  })
})

describe('audit trail', () => {
  it("records who viewed a request's details, once per view, and not reads without them", async () => {
    const guest = await request({ name: `Ayu ${marker()}` })
    const opened = () => auditEntries('viewed')
    const before = (await opened()).length
    expect((await rest(`/inquiries/${guest.id}`, { token: frontdesk.token })).status).toBe(200)
    const after = await opened()
    expect(after.length).toBe(before + 1)
    expect(after[0]).toMatchObject({
      actor: expect.objectContaining({ id: frontdesk.id }),
      summary: `Opened request ${guest.reference}`,
    })
    // The admin reads a document more than once while opening it: one entry per view.
    await rest(`/inquiries/${guest.id}`, { token: frontdesk.token })
    expect((await opened()).length).toBe(before + 1)
    // Marketing sees no personal fields: nothing to record.
    expect((await rest(`/inquiries/${guest.id}`, { token: marketing.token })).status).toBe(200)
    expect((await opened()).length).toBe(before + 1)
    // GraphQL is a way in too.
    await graphql(
      `
        query ($id: String!) {
          Inquiry(id: $id) {
            name
          }
        }
      `,
      admin.token,
      { id: guest.id },
    )
    expect((await opened())[0].actor).toMatchObject({ id: admin.id })
  })

  it('records role changes', async () => {
    const { user } = await makeUser(payload, ['editor'])
    const response = await rest(`/users/${user.id}`, {
      method: 'PATCH',
      token: admin.token,
      body: { roles: ['editor', 'frontdesk'] },
    })
    expect(response.status).toBe(200)
    const [entry] = await auditEntries('rolesChanged')
    expect(entry.summary).toBe(`${user.email}: editor → editor, frontdesk`)
    expect(entry.actorEmail).toBe(admin.email)
  })

  it('refuses updates and deletes by every way in, even with overrideAccess', async () => {
    const [entry] = await auditEntries('rolesChanged')
    const patch = await rest(`/audit-events/${entry.id}`, {
      method: 'PATCH',
      token: admin.token,
      body: { summary: 'rewritten' },
    })
    expect(patch.status).toBe(403)
    expect(
      (await rest(`/audit-events/${entry.id}`, { method: 'DELETE', token: admin.token })).status,
    ).toBe(403)
    const mutation = await graphql(
      `
        mutation ($id: String!) {
          updateAuditEvent(id: $id, data: { summary: "x" }) {
            id
          }
        }
      `,
      admin.token,
      { id: entry.id },
    )
    expect(JSON.stringify(mutation.json)).toMatch(/not allowed|forbidden/i)
    await expect(
      payload.update({
        collection: 'audit-events',
        id: entry.id,
        data: { summary: 'rewritten' },
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'audit-events', id: entry.id, overrideAccess: true }),
    ).rejects.toThrow()
    const still = await payload.findByID({
      collection: 'audit-events',
      id: entry.id,
      overrideAccess: true,
    })
    expect(still.summary).toBe(entry.summary)
  })

  it('is pruned after its own period by the retention job only', async () => {
    const [entry] = await auditEntries('rolesChanged')
    const req = await createLocalReq({}, payload)
    await erasePastPersonalData(req, new Date(Date.now() + 800 * DAY_MS))
    const left = await payload.find({
      collection: 'audit-events',
      where: { id: { equals: entry.id } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
  })
})

describe('logs', () => {
  it('drop the values of a failed query', () => {
    const message =
      'Failed query: insert into "inquiries" ("name", "phone") values (?, ?)\nparams: Sari,+6281398765432'
    expect(withoutQueryValues(message)).toBe(
      'Failed query: insert into "inquiries" ("name", "phone") values (?, ?)\nparams: [not logged]',
    )
  })
})
