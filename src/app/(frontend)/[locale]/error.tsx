'use client'

import { useTranslations } from 'next-intl'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Error')
  return (
    <main id="main" className="section narrow">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <button type="button" className="button" onClick={reset}>
        {t('retry')}
      </button>
    </main>
  )
}
