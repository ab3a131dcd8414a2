import type { CollectionBeforeOperationHook } from 'payload'
import { say } from '@/admin/adminLanguage'
import { SEND_PASSWORD_RESET } from '@/jobs/sendPasswordReset'
import { EMAIL_QUEUE } from '@/collections/Inquiries/hooks/queueBookingEmails'
import { clientAddressOf } from '@/security/clientAddress'
import { createRateLimiter, minutesToWait } from '@/security/rateLimit'
import { TooManyRequests } from '@/security/tooManyRequests'

export const RESET_REQUESTS_PER_WINDOW = 5
const perAddress = createRateLimiter({ limit: RESET_REQUESTS_PER_WINDOW, windowMs: 15 * 60 * 1000 })

// No address ends in .invalid (RFC 2606), so the operation finds no account, for everyone alike.
const NO_ACCOUNT = 'forgot-password-queued@example.invalid'

/**
 * A forgot-password request from outside (REST, GraphQL, the admin's form) queues the email and
 * answers: the same work, the same answer and the same time whether or not the address has an
 * account (before, a known address took ~170 ms and an unknown one ~7 ms). Requests are
 * limited per client address; the job sends at most one email per account and minute.
 */
export const forgotPasswordQuietly: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'forgotPassword' || req.payloadAPI === 'local') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || !email.trim()) return args
  const decision = perAddress.take(clientAddressOf(req.headers))
  if (!decision.allowed) {
    const minutes = minutesToWait(decision.retryAfterMs)
    throw new TooManyRequests(
      say(req, {
        en: `Too many password reset requests from this connection. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
        id: `Terlalu banyak permintaan atur ulang kata sandi dari koneksi ini. Coba lagi dalam ${minutes} menit.`,
      }),
      minutes,
    )
  }
  await req.payload.jobs.queue({
    task: SEND_PASSWORD_RESET,
    input: { email: email.slice(0, 320), language: req.i18n?.language ?? 'en' },
    queue: EMAIL_QUEUE,
    req,
  })
  return { ...args, data: { ...(args as { data: object }).data, email: NO_ACCOUNT } }
}
