'use client'
import { useDocumentInfo, useFormFields, useLocale } from '@payloadcms/ui'
import { LOCALES, type Locale } from '@/i18n/locales'
import { isFilled } from '@/admin/isFilled'

/**
 * The languages that still miss a required translatable field, as the form stands now: the
 * language being edited is judged by what is typed, the other by what is saved for it (a new
 * document has nothing saved, so it misses it).
 */
export function useTranslationGaps(required: readonly string[]): Locale[] {
  const { code } = useLocale()
  const { id } = useDocumentInfo()
  const missing = useFormFields(([fields]) => {
    const saved = (fields.missingTranslations?.value as string[] | null | undefined) ?? []
    return LOCALES.filter((locale) =>
      locale === code
        ? required.some((path) => !isFilled(fields[path]?.value))
        : !id || saved.includes(locale),
    ).join(',')
  })
  return missing ? (missing.split(',') as Locale[]) : []
}
