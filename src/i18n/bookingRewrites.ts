import { BOOKING_QUERY_KEYS } from '../booking/bookingQuery'
import { LOCALES } from './locales'
import { routing } from './routing'

type Rewrite = {
  source: string
  destination: string
  has: { type: 'query'; key: string }[]
}

/**
 * The booking page without parameters is cached like every public page. With choices in its
 * address (`?service=…`, `?date=…`) it shows live free times, so Next serves it from the
 * uncached planner route instead — matched by the router, with no proxy (middleware) code run.
 */
export function bookingRewrites(): Rewrite[] {
  const book = routing.pathnames['/book']
  return LOCALES.flatMap((locale) =>
    BOOKING_QUERY_KEYS.map((key) => ({
      source: `/${locale}${book[locale]}`,
      destination: `/${locale}/book/choose`,
      has: [{ type: 'query' as const, key }],
    })),
  )
}
