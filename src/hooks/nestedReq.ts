import type { PayloadRequest } from 'payload'

/**
 * A copy of the request for a Local API call made inside a hook or validation. It shares the
 * transaction, user and context, but the nested call sets its own locale and fallback on the copy:
 * Payload writes them onto the request it is given, which would otherwise switch the language
 * the outer operation saves in.
 */
export const nestedReq = (req: PayloadRequest): PayloadRequest => ({ ...req }) as PayloadRequest
