import { LOCALES } from '@/i18n/locales'

const MISSING = { en: 'missing', id: 'belum diisi' } as const

/** "EN ✓ · ID missing": which languages have every required field filled. */
export function TranslationStatus({
  missing,
  language,
}: {
  missing: readonly string[]
  language: string
}) {
  const word = MISSING[language === 'id' ? 'id' : 'en']
  return (
    <span className="translation-status">
      {LOCALES.map((locale, index) => {
        const done = !missing.includes(locale)
        return (
          <span key={locale}>
            {index > 0 ? ' · ' : ''}
            <span style={{ color: done ? 'inherit' : 'var(--theme-error-500)' }}>
              {locale.toUpperCase()} {done ? '✓' : word}
            </span>
          </span>
        )
      })}
    </span>
  )
}
