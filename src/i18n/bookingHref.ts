import { bookingSearch, type BookingQuery } from '@/booking/bookingQuery'
import type { Locale } from './locales'
import { pathFor } from './paths'

/** The booking address with the visitor's choices made, e.g. /id/pesan?service=…&duration=90. */
export const bookingHref = (locale: Locale, query: BookingQuery = {}): string =>
  `${pathFor(locale, '/book')}${bookingSearch(query)}`
