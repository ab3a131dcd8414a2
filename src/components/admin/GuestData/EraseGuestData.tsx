'use client'

import { useState } from 'react'
import styles from './GuestData.module.css'

type Words = {
  eraseTitle: string
  eraseIntro: string
  confirm: string
  erase: string
  erasing: string
  failed: string
  done: string
}

/** The erase step: a deliberate tick, one button, and the outcome said where the button was. */
export function EraseGuestData({ guest, words }: { guest: string; words: Words }) {
  const [sure, setSure] = useState(false)
  const [state, setState] = useState<'idle' | 'working' | 'done' | 'failed'>('idle')
  const [counts, setCounts] = useState({ requests: 0, emails: 0 })

  const erase = async () => {
    setState('working')
    const response = await fetch('/api/inquiries/guest-data/erase', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ guest }),
    }).catch(() => null)
    if (!response?.ok) {
      setState('failed')
      return
    }
    setCounts((await response.json()) as { requests: number; emails: number })
    setState('done')
  }

  return (
    <section className={styles.erase} aria-labelledby="erase-title">
      <h2 id="erase-title" className={styles.subheading}>
        {words.eraseTitle}
      </h2>
      <p>{words.eraseIntro}</p>
      {state === 'done' ? (
        <p role="status" className={styles.done} data-testid="erase-done">
          {words.done
            .replace('{requests}', String(counts.requests))
            .replace('{emails}', String(counts.emails))}
        </p>
      ) : (
        <>
          <label className={styles.confirm}>
            <input
              type="checkbox"
              checked={sure}
              onChange={(event) => setSure(event.target.checked)}
            />
            <span>{words.confirm}</span>
          </label>
          <button
            type="button"
            className={styles.danger}
            disabled={!sure || state === 'working'}
            onClick={() => void erase()}
          >
            {state === 'working' ? words.erasing : words.erase}
          </button>
          {state === 'failed' && (
            <p role="alert" className={styles.failed}>
              {words.failed}
            </p>
          )}
        </>
      )}
    </section>
  )
}
