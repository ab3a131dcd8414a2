import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'

export type Caution = { key: string; label: string; advice?: string | null; lang?: 'en' }

/** Contraindications plus the not-medical-advice note. */
export async function Cautions({
  locale,
  heading,
  items,
}: {
  locale: Locale
  heading: string
  items: Caution[]
}) {
  const t = await getTranslations({ locale, namespace: 'Common' })
  return (
    <section className="cautions" aria-labelledby="cautions-heading">
      <h2 id="cautions-heading">{heading}</h2>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <strong>{item.label}</strong>
              {item.advice && (
                <>
                  {': '}
                  <span lang={item.lang}>{item.advice}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="cautions__note">{t('notMedicalAdvice')}</p>
    </section>
  )
}
