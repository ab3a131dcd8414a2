/**
 * An admin erases a guest's data while the job runner is sending that guest's email: the job is
 * deleted under the runner. Payload's job helper then failed to record the sent email, and the
 * transaction it had opened for that stayed open: every later write of the instance (bookings,
 * sign-ins, edits) waited 30 s and failed, until a restart. Through a real SMTP server.
 */
import net from 'node:net'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraseRequests } from '@/privacy/guestData'
import { SEND_BOOKING_EMAIL } from '@/jobs/sendBookingEmail'
import { startSmtpSink } from '../../scripts/smtp-sink.mjs'
import { onMongo } from '../helpers/database'
import { newVisitorHeaders, setSpaSettings, validRequest } from '../helpers/booking'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The provider takes the message, then answers only when told: the email is mid-send. */
function slowProvider() {
  let reached!: () => void
  let answer!: () => void
  const isReached = new Promise<void>((resolve) => (reached = resolve))
  const answered = new Promise<void>((resolve) => (answer = resolve))
  return { isReached, answered, reached, answer }
}
const provider = slowProvider()

const emailJobsOf = async (inquiry: string) =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: SEND_BOOKING_EMAIL } },
          { 'input.inquiry': { equals: inquiry } },
        ],
      },
      overrideAccess: true,
    })
  ).totalDocs

describe.skipIf(onMongo)('a guest’s data erased while their email is being sent', () => {
  beforeAll(async () => {
    const port = await freePort()
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
    process.env.EMAIL_FROM = 'Ame Spa Bookings <bookings@amespa.example>'
    sink = await startSmtpSink({
      port,
      beforeAccepting: async () => {
        provider.reached()
        await provider.answered
      },
    })
    payload = await getTestPayload()
    await setSpaSettings(payload, { email: 'hello@amespa.example', bookingEmail: '' })
  })

  afterAll(async () => {
    provider.answer()
    await sink?.close()
  })

  it('the runner carries on and the next booking lands', async () => {
    const booked = await rest('/inquiries', {
      method: 'POST',
      body: validRequest({ name: 'Erased Guest', email: 'erased.guest@example.com' }),
      headers: newVisitorHeaders(),
    })
    expect(booked.status, JSON.stringify(booked.json)).toBe(201)
    const inquiry = String((booked.json as { doc: { id: string } }).doc.id)
    expect(await emailJobsOf(inquiry)).toBeGreaterThan(0)

    const running = payload.jobs.run({ queue: 'email', limit: 10 }).catch((error: unknown) => error)
    await provider.isReached
    const req = await createLocalReq({}, payload)
    const erased = await eraseRequests(req, [inquiry], new Date())
    expect(erased.emails).toBeGreaterThan(0)
    expect(await emailJobsOf(inquiry)).toBe(0)
    provider.answer()
    await running
    expect(sink?.messages.length).toBeGreaterThan(0)

    const next = await rest('/inquiries', {
      method: 'POST',
      body: validRequest({ name: 'Next Guest' }),
      headers: newVisitorHeaders(),
    })
    expect(next.status, JSON.stringify(next.json)).toBe(201)
    const stored = await payload.count({
      collection: 'inquiries',
      where: { name: { equals: 'Next Guest' } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(1)
  }, 60_000)
})
