import { APIError, type CollectionBeforeValidateHook } from 'payload'
import { clientIp, createRateLimiter } from '@/utilities/rateLimit'

export const INQUIRIES_PER_WINDOW = Number(process.env.INQUIRY_RATE_LIMIT ?? 5)
const limiter = createRateLimiter({ limit: INQUIRIES_PER_WINDOW, windowMs: 10 * 60 * 1000 })

/** Anonymous booking requests, through the site or REST, are limited per client address. */
export const limitAnonymousRequests: CollectionBeforeValidateHook = ({
  req,
  operation,
  data,
  context,
}) => {
  if (operation !== 'create' || req.user) return data
  const ip = typeof context.clientIp === 'string' ? context.clientIp : clientIp(req.headers)
  if (!limiter.take(ip))
    throw new APIError('Too many booking requests. Please try again later.', 429)
  return data
}
