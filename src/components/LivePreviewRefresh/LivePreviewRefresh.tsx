'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

const TYPING_PAUSE_MS = 250

type FormMessage = {
  type: 'payload-live-preview'
  collectionSlug?: string
  locale?: string
  data?: { id?: unknown } & Record<string, unknown>
}

const isMessage = (data: unknown, type: string): boolean =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type

const sendTyped = (body: Record<string, unknown>) =>
  fetch('/preview/typed', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    keepalive: body.clear === true,
  })

/**
 * Inside the admin's live preview frame: tells the admin the page is ready, passes on what the
 * staff member types (Payload posts the form on every change) and renders the page again on the
 * server, and does the same after each save or autosave. Rendered only in draft mode.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    if (window.parent === window) return
    const origin = window.location.origin
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastSent = ''
    let document: { collection: string; id: string; locale: string } | undefined

    const passOn = async (message: FormMessage) => {
      const id = message.data?.id
      if (!message.collectionSlug || !message.locale || typeof id !== 'string') return
      document = { collection: message.collectionSlug, id, locale: message.locale }
      const body = JSON.stringify(message.data)
      if (body === lastSent) return
      lastSent = body
      const response = await sendTyped({ ...document, data: message.data })
      if (!response.ok) return
      const { stored } = (await response.json()) as { stored?: boolean }
      if (stored) router.refresh()
    }
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin) return
      if (isMessage(event.data, 'payload-document-event')) router.refresh()
      if (isMessage(event.data, 'payload-live-preview')) {
        clearTimeout(timer)
        const message = event.data as FormMessage
        timer = setTimeout(() => void passOn(message), TYPING_PAUSE_MS)
      }
    }
    const onLeave = () => {
      if (document) void sendTyped({ ...document, clear: true })
    }
    window.addEventListener('message', onMessage)
    window.addEventListener('pagehide', onLeave)
    window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('message', onMessage)
      window.removeEventListener('pagehide', onLeave)
    }
  }, [router])
  return null
}
