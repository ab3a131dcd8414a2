import type { CollectionBeforeOperationHook } from 'payload'
import { clientAddressOf } from '@/security/clientAddress'
import { createRateLimiter, minutesToWait } from '@/security/rateLimit'
import { TooManyRequests } from '@/security/tooManyRequests'
import { translatorFor } from '@/i18n/translator'
import { isLocale } from '@/i18n/locales'

export const INQUIRIES_PER_WINDOW = Number(process.env.INQUIRY_RATE_LIMIT ?? 5)
const WINDOW_MS = 10 * 60 * 1000
const limiter = createRateLimiter({ limit: INQUIRIES_PER_WINDOW, windowMs: WINDOW_MS })

/**
 * Anonymous booking requests, through the form, REST or GraphQL, are limited per client address
 * (the one stamped at the server's front door; `context.clientAddress` for server code that
 * knows better). Staff are not limited.
 */
export const limitAnonymousRequests: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.user) return args
  const address =
    typeof req.context.clientAddress === 'string'
      ? req.context.clientAddress
      : clientAddressOf(req.headers)
  const decision = limiter.take(address)
  if (decision.allowed) return args
  const minutes = minutesToWait(decision.retryAfterMs)
  const data = (args as { data?: { replyLanguage?: unknown } }).data
  const locale = isLocale(data?.replyLanguage) ? data.replyLanguage : 'en'
  throw new TooManyRequests(
    translatorFor(locale, 'Booking')('errors.tooMany', { minutes }),
    minutes,
  )
}
