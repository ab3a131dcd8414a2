import type { CollectionBeforeOperationHook } from 'payload'
import { clientAddressOf } from '@/security/clientAddress'
import { minutesToWait } from '@/security/rateLimit'
import { createSharedRateLimiter } from '@/security/sharedRateLimit'
import { TooManyRequests } from '@/security/tooManyRequests'
import { translatorFor } from '@/i18n/translator'
import { isLocale } from '@/i18n/locales'

export const INQUIRIES_PER_WINDOW = Number(process.env.INQUIRY_RATE_LIMIT ?? 5)
const WINDOW_MS = 10 * 60 * 1000
const limiter = createSharedRateLimiter('inquiries-address', {
  limit: INQUIRIES_PER_WINDOW,
  windowMs: WINDOW_MS,
})
/** A household or office shares one address; a network of them rarely books more than this. */
export const INQUIRIES_PER_NETWORK = Number(
  process.env.INQUIRY_NETWORK_LIMIT ?? Math.max(20, INQUIRIES_PER_WINDOW * 4),
)
const perNetwork = createSharedRateLimiter('inquiries-network', {
  limit: INQUIRIES_PER_NETWORK,
  windowMs: WINDOW_MS,
})
/** Far above a busy day's requests: a flood from many networks stops here, staff inbox intact. */
export const INQUIRIES_PER_HOUR = Number(process.env.INQUIRY_HOURLY_LIMIT ?? 300)
const everyone = createSharedRateLimiter('inquiries-all', {
  limit: INQUIRIES_PER_HOUR,
  windowMs: 60 * 60 * 1000,
})

/**
 * The network an address belongs to: its /24 for IPv4, its /48 for IPv6 — one client easily
 * holds many addresses of either (probe F4: 40 addresses, 200 requests in 8 s).
 */
export function networkOf(address: string): string {
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.\d+$/.exec(address)
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`
  if (!address.includes(':')) return address
  const [head, tail = ''] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = [
    ...left,
    ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'),
    ...right,
  ]
  return `${groups
    .slice(0, 3)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/48`
}

/**
 * Anonymous booking requests, through the form, REST or GraphQL, are limited per client address
 * (the one stamped at the server's front door; `context.clientAddress` for server code that
 * knows better). Staff are not limited. Counted in Redis when instances share one (REDIS_URL).
 */
export const limitAnonymousRequests: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' || req.user) return args
  const address =
    typeof req.context.clientAddress === 'string'
      ? req.context.clientAddress
      : clientAddressOf(req.headers)
  // One attempt counts everywhere it applies; the first limit reached answers.
  const decisions = await Promise.all([
    limiter.take(address),
    perNetwork.take(networkOf(address)),
    everyone.take('all'),
  ])
  const decision = decisions.find((each) => !each.allowed) ?? decisions[0]
  if (decision.allowed) return args
  const minutes = minutesToWait(decision.retryAfterMs)
  const data = (args as { data?: { replyLanguage?: unknown } }).data
  const locale = isLocale(data?.replyLanguage) ? data.replyLanguage : 'en'
  throw new TooManyRequests(
    translatorFor(locale, 'Booking')('errors.tooMany', { minutes }),
    minutes,
  )
}
