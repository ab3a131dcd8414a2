import { BadRequest } from '@/api/badRequest'
import type { CollectionBeforeOperationHook, Endpoint } from 'payload'
import { say } from '@/admin/adminLanguage'
import { EMAIL_QUEUE } from '@/collections/Inquiries/hooks/queueBookingEmails'
import { SEND_PASSWORD_RESET } from '@/jobs/sendPasswordReset'
import { clientAddressOf } from '@/security/clientAddress'
import { minutesToWait } from '@/security/rateLimit'
import { createSharedRateLimiter } from '@/security/sharedRateLimit'
import { TooManyRequests } from '@/security/tooManyRequests'

export const RESET_REQUESTS_PER_WINDOW = 5
/** Every answer takes this long, whatever happened meanwhile. */
const ANSWER_AFTER_MS = 250
const perAddress = createSharedRateLimiter('password-resets', {
  limit: RESET_REQUESTS_PER_WINDOW,
  windowMs: 15 * 60 * 1000,
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * `POST /api/users/forgot-password` (the admin's "Forgot password?" form): queues the email and
 * answers after a fixed time, the same for every address. Before, a known address took ~170 ms
 * (a token saved, an email sent while the visitor waited) and an unknown one ~7 ms, which told
 * anyone which addresses have staff accounts. Limited per client address; the job sends at most
 * one email per account and minute.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const started = Date.now()
    let body: unknown = null
    try {
      body = req.json ? await req.json() : null
    } catch {
      body = null
    }
    const email = (body as { email?: unknown } | null)?.email
    if (typeof email !== 'string' || !email.trim()) throw new BadRequest('Missing email.')
    const decision = await perAddress.take(clientAddressOf(req.headers))
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
      input: { email: email.trim().slice(0, 320), language: req.i18n?.language ?? 'en' },
      queue: EMAIL_QUEUE,
      req,
    })
    await pause(Math.max(0, started + ANSWER_AFTER_MS - Date.now()))
    return Response.json({ message: req.t('general:success') })
  },
}

/**
 * GraphQL's forgot-password would answer from Payload's own operation, with its timing; the admin
 * and any script use the REST endpoint above.
 */
export const noForgotPasswordByGraphql: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'forgotPassword' && req.payloadAPI === 'GraphQL') {
    throw new BadRequest(
      'Ask for a reset link with POST /api/users/forgot-password (the admin’s “Forgot password?” form).',
    )
  }
  return args
}
