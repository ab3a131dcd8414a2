import { LOCALES } from '@/i18n/locales'

/** "en ✓ id ✗": which languages are complete. */
export function TranslationStatus({ missing }: { missing: readonly string[] }) {
  return (
    <span className="translation-status">
      {LOCALES.map((locale) => {
        const done = !missing.includes(locale)
        return (
          <span
            key={locale}
            title={done ? `${locale}: complete` : `${locale}: missing required fields`}
            style={{ marginRight: '0.6em', color: done ? 'inherit' : 'var(--theme-error-500)' }}
          >
            {locale} {done ? '✓' : '✗'}
          </span>
        )
      })}
    </span>
  )
}
