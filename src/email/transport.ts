import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { ConfigError } from '@/config/errors'

const DEFAULT_FROM = 'Ame Spa <no-reply@localhost>'

/** "Ame Spa <bookings@amespa.id>" → its name and address (a bare address keeps the spa's name). */
export function parseFrom(value: string | undefined): { name: string; address: string } {
  const text = (value || DEFAULT_FROM).trim()
  const match = /^(.*)<([^<>\s]+@[^<>\s]+)>$/.exec(text)
  if (match) return { name: match[1].trim().replace(/^"|"$/g, '') || 'Ame Spa', address: match[2] }
  return { name: 'Ame Spa', address: text }
}

/** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
export function smtpOptions(smtpUrl: string) {
  let url: URL
  try {
    url = new URL(smtpUrl)
  } catch {
    throw new ConfigError(
      'SMTP_URL is not a URL. Use e.g. smtp://user:password@smtp.example.com:587',
    )
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps:// (got ${url.protocol}//).`)
  }
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname,
    port: Number(url.port) || (secure ? 465 : 587),
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // A stuck SMTP server must not hold the job runner for minutes; the job is retried.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  }
}

/**
 * Every email Payload sends (booking notifications, forgot-password) goes through the SMTP server
 * in `SMTP_URL`. Unset (development): nothing is sent and the server log says so in one line,
 * without the address or the subject — Payload's console adapter would print both, and a booking
 * email's subject names the guest.
 *
 * A small adapter over nodemailer rather than @payloadcms/email-nodemailer: that package is not
 * published for payload 3.90.2, and Payload refuses mismatched versions of its own packages.
 * The connection is not verified at start: an SMTP server that is down must not delay or stop the
 * site; a failed send fails its job, which the queue retries.
 */
export function emailAdapter(
  smtpUrl = process.env.SMTP_URL,
  from = process.env.EMAIL_FROM,
): EmailAdapter | undefined {
  if (!smtpUrl) return notSent(parseFrom(from))
  const sender = parseFrom(from)
  const transport = nodemailer.createTransport(smtpOptions(smtpUrl))
  return () => ({
    name: 'smtp',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async ({ from: messageFrom, ...message }) =>
      transport.sendMail({
        ...message,
        from:
          typeof messageFrom === 'string'
            ? messageFrom
            : messageFrom
              ? { name: messageFrom.name, address: messageFrom.address }
              : { name: sender.name, address: sender.address },
      }),
  })
}

function notSent(sender: { name: string; address: string }): EmailAdapter {
  return ({ payload }) => ({
    name: 'not-sent',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async () => {
      payload.logger.info('Email not sent: SMTP_URL is not set (see README, "Email").')
    },
  })
}
