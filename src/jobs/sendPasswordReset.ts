import type { TaskConfig } from 'payload'
import { isLocale } from '@/i18n/locales'

export const SEND_PASSWORD_RESET = 'sendPasswordReset'
/** One reset email per account and minute at most, however often the form is sent. */
export const RESET_MAIL_INTERVAL_MS = 60_000
const TOKEN_LIFETIME_MS = 60 * 60 * 1000

/**
 * Sends the reset link for a forgot-password request made through the API. The request itself
 * only queues this job, the same work for every address, so its answer and its timing say
 * nothing about which addresses have accounts.
 */
export const sendPasswordResetTask: TaskConfig<{
  input: { email: string; language: string }
  output: { sent: boolean }
}> = {
  slug: SEND_PASSWORD_RESET,
  label: 'Password reset email',
  inputSchema: [
    { name: 'email', type: 'text', required: true },
    { name: 'language', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const email = input.email.toLowerCase().trim()
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    const user = docs[0] as { resetPasswordExpiration?: string | null } | undefined
    if (!user) return { output: { sent: false } }
    const lastAskedAt = user.resetPasswordExpiration
      ? Date.parse(user.resetPasswordExpiration) - TOKEN_LIFETIME_MS
      : 0
    if (Date.now() - lastAskedAt < RESET_MAIL_INTERVAL_MS) return { output: { sent: false } }
    await payload.forgotPassword({
      collection: 'users',
      data: { email },
      context: { resetLanguage: isLocale(input.language) ? input.language : 'en' },
    })
    return { output: { sent: true } }
  },
}
