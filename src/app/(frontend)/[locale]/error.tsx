'use client'

import en from '../../../../messages/en.json'
import id from '../../../../messages/id.json'

// Webpack keeps only the Error strings of these files, so no translation library ships here.
const strings = { en: en.Error, id: id.Error }

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const lang =
    typeof document !== 'undefined' && document.documentElement.lang === 'id' ? 'id' : 'en'
  const t = strings[lang]
  return (
    <main id="main" className="section section--first narrow">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </main>
  )
}
