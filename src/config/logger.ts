import { defaultLoggerOptions } from 'payload'
import type { Config } from 'payload'

type LoggedError = { message?: unknown; stack?: unknown; [key: string]: unknown }

/**
 * A failed database query's error carries its parameters ("params: Sari,+62812…"): the guest's
 * name, phone, email and message when a booking request could not be stored. Logs keep the query
 * and drop the values.
 */
export function withoutQueryValues(text: string): string {
  return text.replace(/params:[^\n]*/g, 'params: [not logged]')
}

function scrubError(error: unknown): unknown {
  if (!error || typeof error !== 'object') return error
  const { message, stack, cause, ...rest } = error as LoggedError & { cause?: unknown }
  return {
    type: (error as Error).constructor?.name,
    ...rest,
    ...(typeof message === 'string' ? { message: withoutQueryValues(message) } : {}),
    ...(typeof stack === 'string' ? { stack: withoutQueryValues(stack) } : {}),
    ...(cause ? { cause: scrubError(cause) } : {}),
  }
}

/** Payload's logger (pretty lines, as by default) with errors that hold no guest's details. */
export function loggerConfig(level = process.env.PAYLOAD_LOG_LEVEL): Config['logger'] {
  return {
    options: {
      ...(level ? { level } : {}),
      serializers: { err: scrubError },
    },
    destination: defaultLoggerOptions,
  }
}
