import type { Auth, PayloadRequest } from 'payload'
import { escapeHtml } from '@/email/escape'
import { isLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { absoluteUrl } from '@/seo/siteUrl'

type ForgotPassword = NonNullable<Auth['forgotPassword']>

// The queued reset email (src/jobs/sendPasswordReset.ts) carries the asker's language along.
const languageOf = (req: PayloadRequest | undefined): Locale => {
  const queued = req?.context?.resetLanguage
  if (isLocale(queued)) return queued
  return isLocale(req?.i18n?.language) ? req.i18n.language : 'en'
}

/**
 * The forgot-password email, in the admin's language, with an absolute link built from the
 * public address (Payload's default link is relative when no `serverURL` is configured).
 */
export const passwordResetEmail: ForgotPassword = {
  // Payload's own interval reserves the account outside the request's transaction, a second
  // writer SQLite cannot have; the reset job keeps to one email per account and minute instead.
  minRequestInterval: 0,
  generateEmailSubject: (args) =>
    translatorFor(languageOf(args?.req), 'AdminEmail')('resetSubject'),
  generateEmailHTML: (args) => {
    const t = translatorFor(languageOf(args?.req), 'AdminEmail')
    const link = escapeHtml(absoluteUrl(`/admin/reset/${args?.token ?? ''}`))
    return `<p>${escapeHtml(t('resetIntro'))}</p><p><a href="${link}">${link}</a></p><p>${escapeHtml(t('resetIgnore'))}</p>`
  },
}
