import { APIError } from 'payload'

/**
 * A request that is wrong, not a server fault: answered 400 with the message, and logged as one
 * line of information (see `loggingLevels` in payload.config.ts) instead of an error with an
 * 11 KB stack for a 25-byte request (probe F3).
 */
export class BadRequest extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'BadRequest'
  }
}
