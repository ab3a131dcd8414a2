/**
 * Booking notifications reach a real SMTP server (started here) through Payload's email and job
 * queue; a server that is down leaves the request stored and the email retried.
 */
import net from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOLDING_STATUSES } from '@/booking/availability'
import { guestLinkExpiry, openGuestLink, signGuestLink } from '@/booking/guestLink'
import { SEND_BOOKING_DIGEST } from '@/jobs/sendBookingDigest'
import { SEND_BOOKING_EMAIL } from '@/jobs/sendBookingEmail'
import { spaDigest } from '@/email/bookingEmails'
import { startSmtpSink } from '../../scripts/smtp-sink.mjs'
import { nextTuesday, setSpaSettings, validRequest } from '../helpers/booking'
import { makeModality, makeService, makeUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

type Sink = Awaited<ReturnType<typeof startSmtpSink>>
type Mail = {
  to: string[]
  from: string
  replyTo: string
  subject: string
  text: string
  html: string
}

let payload: Payload
let sink: Sink | undefined
let port: number
let serviceId: string

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port: free } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return free
}

const mails = () => (sink?.messages ?? []) as Mail[]
const runEmailJobs = () => payload.jobs.run({ queue: 'email', limit: 50 })

async function book(overrides: Record<string, unknown>) {
  return payload.create({
    collection: 'inquiries',
    data: { ...validRequest(overrides), status: 'new' } as never,
    context: { clientAddress: `mail-test-${Math.random()}` },
  })
}

beforeAll(async () => {
  // The SMTP server's port is fixed before Payload reads SMTP_URL; it starts later, in the
  // first test, so the "server down" case runs first.
  port = await freePort()
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
  process.env.EMAIL_FROM = 'Ame Spa Bookings <bookings@amespa.example>'
  process.env.NEXT_PUBLIC_SERVER_URL = 'https://www.amespa.example'
  payload = await getTestPayload()
  await setSpaSettings(payload, {
    email: 'hello@amespa.example',
    bookingEmail: 'desk@amespa.example',
    staffLanguage: 'id',
  })
  const modality = await makeModality(payload)
  serviceId = (
    await makeService(payload, modality.id, {
      name: 'Deep Tissue Massage',
      options: [{ durationMinutes: 90, priceIdr: 480000 }],
    })
  ).id
  await payload.update({
    collection: 'services',
    id: serviceId,
    locale: 'id',
    data: { name: 'Pijat Deep Tissue', summary: 'Ringkas' },
  })
})

afterAll(async () => {
  await sink?.close()
})

describe('booking emails', () => {
  it('an SMTP server that is down leaves the request stored and the email queued for retry', async () => {
    const booking = await book({ name: 'Down Time', phone: '+6281299990000' })
    const stored = await payload.findByID({
      collection: 'inquiries',
      id: booking.id,
      overrideAccess: true,
    })
    expect(stored.name).toBe('Down Time')

    await runEmailJobs()
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.inquiry': { equals: booking.id } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const [job] = docs
    expect(job.completedAt ?? null).toBeNull()
    expect(job.hasError).toBeFalsy() // not given up: retries remain
    expect(job.totalTried).toBe(1)
    expect(Date.parse(job.waitUntil ?? '')).toBeGreaterThan(Date.now()) // backing off

    // The server comes back; the retry delivers the email.
    sink = await startSmtpSink({ port })
    await payload.jobs.runByID({ id: job.id })
    expect(mails().map((mail) => mail.subject)).toEqual([
      expect.stringContaining('Permintaan pemesanan baru: Down Time'),
    ])
  })

  it('tells the spa at once, in the spa’s language, with the WIB time and an admin link', async () => {
    sink!.messages.length = 0
    const date = nextTuesday()
    const booking = await book({
      name: 'Sari Wulandari',
      phone: '0812 1111 2222',
      email: 'sari@example.com',
      service: serviceId,
      durationMinutes: 90,
      preferredDate: date,
      preferredTime: '15:30',
      message: 'Bahu kanan kaku <sejak minggu lalu>.',
      replyLanguage: 'en',
    })
    await runEmailJobs()
    const spa = mails().find((mail) => mail.to.includes('desk@amespa.example'))
    expect(spa).toBeDefined()
    expect(spa?.from).toBe('"Ame Spa Bookings" <bookings@amespa.example>')
    expect(spa?.replyTo).toBe('sari@example.com')
    expect(spa?.subject).toMatch(
      /^Permintaan pemesanan baru: Sari Wulandari · Selasa, .+ pukul 15\.30 WIB$/,
    )
    expect(spa?.text).toContain('Pijat Deep Tissue · 90 menit')
    expect(spa?.text).toContain('+6281211112222')
    expect(spa?.text).toContain(
      `https://www.amespa.example/admin/collections/inquiries/${booking.id}`,
    )
    expect(spa?.text).toContain('Balas dalam bahasa: Inggris')
    // What the visitor typed cannot inject markup into the staff's mail client.
    expect(spa?.html).toContain('&lt;sejak minggu lalu&gt;')
  })

  it('acknowledges the visitor in their own language when they left an email address', async () => {
    const guest = mails().find((mail) => mail.to.includes('sari@example.com'))
    expect(guest?.subject).toBe('We received your booking request · Ame Spa')
    expect(guest?.text).toContain('Dear Sari Wulandari,')
    expect(guest?.text).toContain('It is not confirmed yet')
    expect(guest?.text).toMatch(/Deep Tissue Massage · 90 minutes/)
    expect(guest?.text).toMatch(/Tuesday, \d+ \w+ \d{4}, 15:30 WIB/)
    expect(guest?.text).toContain('This is not medical advice')
  })

  it('sends no acknowledgement without an email address', async () => {
    sink!.messages.length = 0
    await book({ name: 'No Email' })
    await runEmailJobs()
    expect(mails().map((mail) => mail.to)).toEqual([['desk@amespa.example']])
  })

  it('queues exactly one job per recipient when the request is stored', async () => {
    const booking = await book({ name: 'Counted', email: 'counted@example.com' })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.inquiry': { equals: booking.id } },
      overrideAccess: true,
    })
    expect(docs.map((job) => [job.taskSlug, (job.input as { to: string }).to]).sort()).toEqual([
      [SEND_BOOKING_EMAIL, 'guest'],
      [SEND_BOOKING_EMAIL, 'spa'],
    ])
  })

  it('tells the guest the outcome in their language, with a signed link to see and cancel the request', async () => {
    const booking = await book({
      name: 'Ayu Lestari',
      email: 'ayu@example.com',
      service: serviceId,
      durationMinutes: 90,
      preferredTime: '11:00',
      replyLanguage: 'id',
    })
    await runEmailJobs()
    const received = mails().find((mail) => mail.to.includes('ayu@example.com'))
    expect(received?.text).toContain(`Nomor referensi: ${booking.reference}`)
    // The price the guest was shown is the one in the email.
    expect(received?.text).toContain('Harga: Rp 480.000')
    const link = /https:\/\/www\.amespa\.example\/id\/pesan\/permintaan\/(\S+)/.exec(
      received?.text ?? '',
    )
    expect(link).not.toBeNull()
    expect(openGuestLink(link?.[1] ?? '')).toBe(booking.id)
    // The link works until the appointment ends, not a moment longer.
    expect(openGuestLink(link?.[1] ?? '', guestLinkExpiry(booking) + 1)).toBeNull()
    expect(openGuestLink(`${link?.[1]}x`)).toBeNull()

    sink!.messages.length = 0
    await payload.update({
      collection: 'inquiries',
      id: booking.id,
      data: { status: 'confirmed' },
      overrideAccess: true,
    })
    await runEmailJobs()
    const confirmed = mails().find((mail) => mail.to.includes('ayu@example.com'))
    expect(confirmed?.subject).toBe('Pemesanan Anda sudah dikonfirmasi · Ame Spa')
    expect(confirmed?.text).toContain('Kabar baik: pemesanan Anda sudah kami konfirmasi.')
    expect(confirmed?.text).toContain('/id/pesan/permintaan/')
    // Only the guest: the spa made the change itself.
    expect(mails()).toHaveLength(1)

    sink!.messages.length = 0
    const other = await book({ name: 'Tom', email: 'tom@example.com', replyLanguage: 'en' })
    await runEmailJobs()
    sink!.messages.length = 0
    await payload.update({
      collection: 'inquiries',
      id: other.id,
      data: { status: 'declined' },
      overrideAccess: true,
    })
    await runEmailJobs()
    expect(mails().map((mail) => [mail.to, mail.subject])).toEqual([
      [['tom@example.com'], 'We cannot take your booking request · Ame Spa'],
    ])
  })

  it('a guest cancels with their link: the request is filed as cancelled, the time freed, the spa told', async () => {
    const booking = await book({
      name: 'Cancelling Guest',
      email: 'cancel@example.com',
      service: serviceId,
      durationMinutes: 90,
      preferredTime: '16:00',
      replyLanguage: 'en',
    })
    await runEmailJobs()
    sink!.messages.length = 0
    const token = signGuestLink(booking.id, guestLinkExpiry(booking))
    const cancel = (value: string) =>
      rest('/inquiries/cancel', {
        method: 'POST',
        body: new URLSearchParams({ token: value, locale: 'en' }),
      })
    expect((await cancel(`${token.slice(0, -3)}abc`)).status).toBe(400)
    const response = await cancel(token)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/en/book/request/${token}`)
    const stored = await payload.findByID({ collection: 'inquiries', id: booking.id })
    expect(stored.status).toBe('cancelled')
    expect(HOLDING_STATUSES).not.toContain('cancelled')
    await runEmailJobs()
    const spa = mails().find((mail) => mail.to.includes('desk@amespa.example'))
    expect(spa?.subject).toMatch(/^Dibatalkan oleh tamu: Cancelling Guest · Selasa, /)
    expect(spa?.text).toContain(`Nomor referensi: ${booking.reference}`)
    // Cancelling twice changes nothing and tells nobody again.
    sink!.messages.length = 0
    expect((await cancel(token)).status).toBe(303)
    await runEmailJobs()
    expect(mails()).toHaveLength(0)
  })

  it('forgot-password mail goes through the same transport with an absolute link', async () => {
    sink!.messages.length = 0
    const { user } = await makeUser(payload, ['editor'])
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    const [mail] = mails()
    expect(mail.to).toEqual([user.email])
    expect(mail.subject).toBe('Reset your Ame Spa admin password')
    expect(mail.text).toMatch(/https:\/\/www\.amespa\.example\/admin\/reset\/\w+/)
  })

  it('past a burst, holds the spa’s emails back and sends them together, once, when the window ends (F4)', async () => {
    process.env.STAFF_EMAIL_BURST = '2'
    try {
      // The earlier tests' requests are in the window already: the burst is spent.
      sink!.messages.length = 0
      const toSpa = () => mails().filter((mail) => mail.to.includes('desk@amespa.example'))
      const names = ['Banjir Satu', 'Banjir Dua', 'Banjir Tiga']
      for (const name of names) await book({ name })
      await runEmailJobs()
      expect(toSpa()).toEqual([])
      const held = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: SEND_BOOKING_DIGEST } },
        overrideAccess: true,
      })
      expect(held.docs).toHaveLength(1)
      const [digest] = held.docs
      expect((digest.input as { inquiries: string[] }).inquiries).toHaveLength(3)

      // The window ends: the runner picks the digest up.
      await payload.update({
        collection: 'payload-jobs',
        id: digest.id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
        overrideAccess: true,
      })
      await runEmailJobs()
      expect(toSpa()).toHaveLength(1)
      const [together] = toSpa()
      expect(together.subject).toBe('3 permintaan pemesanan baru, dikirim sekaligus')
      for (const name of names) expect(together.text).toContain(name)
      expect(together.text).toContain('https://www.amespa.example/admin/today')

      // The next request starts a new digest; the one that went is not sent again.
      await book({ name: 'Banjir Empat' })
      await runEmailJobs()
      expect(toSpa()).toHaveLength(1)
    } finally {
      delete process.env.STAFF_EMAIL_BURST
    }
  })

  it('words the digest in English for an English-speaking desk', () => {
    const booking = {
      id: 'b1',
      name: 'Anna Lee',
      phone: '+6281200000000',
      preferredDate: nextTuesday(),
      preferredTime: '10:00',
    } as Parameters<typeof spaDigest>[0][number]['booking']
    const email = spaDigest([{ booking, serviceName: 'Deep Tissue Massage' }], {
      bookingEmail: 'desk@amespa.example',
      staffLanguage: 'en',
    })
    expect(email?.subject).toBe('1 new booking request, sent together')
    expect(email?.text).toMatch(/- Anna Lee · \+6281200000000 · Deep Tissue Massage · Tuesday/)
  })
})
