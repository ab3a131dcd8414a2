'use client'
import {
  useConfig,
  useDocumentInfo,
  useDocumentTitle,
  useField,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { LOCALES } from '@/i18n/locales'

const LANGUAGE_NAMES = {
  en: { en: 'English', id: 'Bahasa Inggris' },
  id: { en: 'Indonesian', id: 'Bahasa Indonesia' },
} as const

/**
 * Under the title of a document being translated: the other language's title, for reference, and
 * the page heading named by it (not by the document's id) while this language's title is empty.
 */
export function TitleFromOtherLanguage({ path }: { path: string }) {
  const { value } = useField<string>({ path })
  const { id, collectionSlug } = useDocumentInfo()
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const { setDocumentTitle } = useDocumentTitle()
  const { config } = useConfig()
  const [other, setOther] = useState<{ locale: 'en' | 'id'; title: string } | null>(null)
  const empty = !value?.trim()

  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    const otherLocale = LOCALES.find((locale) => locale !== code) ?? 'en'
    const query = `locale=${otherLocale}&fallback-locale=none&draft=true&depth=0&select[${path}]=true`
    fetch(`${config.routes.api}/${collectionSlug}/${id}?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: Record<string, unknown> | null) => {
        const title = typeof doc?.[path] === 'string' ? (doc[path] as string).trim() : ''
        setOther(title ? { locale: otherLocale, title } : null)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, collectionSlug, code, path, config.routes.api])

  useEffect(() => {
    // After Payload's own title effect, which would fall back to the id.
    if (!empty || !other) return
    const timer = setTimeout(() => setDocumentTitle(other.title))
    return () => clearTimeout(timer)
  }, [empty, other, setDocumentTitle, value])

  if (!other) return null
  const ui = i18n.language === 'id' ? 'id' : 'en'
  return (
    <p className="field-description other-language-title" data-testid="other-language-title">
      {LANGUAGE_NAMES[other.locale][ui]}: {other.title}
    </p>
  )
}
