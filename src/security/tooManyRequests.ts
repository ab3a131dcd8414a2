import { APIError } from 'payload'

/** A refusal that is the visitor's doing, not the server's: answered 429, never logged as an error. */
export class TooManyRequests extends APIError {
  constructor(
    message: string,
    readonly minutes: number,
  ) {
    super(message, 429, { minutes }, true)
    this.name = 'TooManyRequests'
  }
}
