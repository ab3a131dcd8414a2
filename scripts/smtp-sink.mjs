// A real SMTP server that accepts every message and keeps it, for tests: the app sends through
// nodemailer exactly as it would to the spa's provider. Optionally writes each message as JSON
// into a folder (the e2e server does, so browser tests can read what was sent).
import fs from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * @param {{ port?: number, dir?: string, beforeAccepting?: () => Promise<void> }} [options]
 *   beforeAccepting: the server answers each message only once this settles (a slow provider).
 * @returns {Promise<{ url: string, port: number, messages: object[], close: () => Promise<void> }>}
 */
export async function startSmtpSink({ port = 0, dir, beforeAccepting } = {}) {
  const messages = []
  if (dir) fs.mkdirSync(dir, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const message = {
            from: mail.from?.text ?? '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            replyTo: mail.replyTo?.text ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            receivedAt: new Date().toISOString(),
          }
          messages.push(message)
          if (dir) {
            const file = path.join(dir, `${Date.now()}-${messages.length}.json`)
            fs.writeFileSync(file, JSON.stringify(message, null, 2))
          }
          return beforeAccepting?.()
        })
        .then(() => callback())
        .catch(callback)
    },
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const actualPort = server.server.address().port
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
