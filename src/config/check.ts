import { resolveDatabase } from './database'
import { resolveSecret } from './secret'
import { smtpOptions } from '@/email/transport'

/** Validates the environment before the first request; exits with the fix rather than serving 500s. */
export function checkConfiguration(): void {
  try {
    resolveDatabase()
    resolveSecret()
    if (process.env.SMTP_URL) smtpOptions(process.env.SMTP_URL)
  } catch (error) {
    console.error(
      `\nAme Spa cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exit(1)
  }
}
