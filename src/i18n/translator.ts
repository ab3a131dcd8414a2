import { createTranslator } from 'use-intl/core'
import en from '../../messages/en.json'
import id from '../../messages/id.json'
import type { Locale } from './locales'

export type Messages = typeof en
const MESSAGES: Record<Locale, Messages> = { en, id }

/**
 * UI strings outside a page render (collection rules, emails, jobs), from the same message files
 * the pages use, so a visitor reads the same words on every way in.
 */
export const translatorFor = <Namespace extends keyof Messages>(
  locale: Locale,
  namespace: Namespace,
) => createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: 'Asia/Jakarta' })
