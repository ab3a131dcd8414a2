'use client'
import { useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

/**
 * Accessible names the toast library and the rich-text editor hard-code in English (they have no
 * translation keys), in Indonesian for an Indonesian admin.
 */
const INDONESIAN_NAMES: Record<string, string> = {
  'Notifications alt+T': 'Notifikasi alt+T',
  'Drag to move': 'Seret untuk memindahkan',
  'Add block': 'Tambah blok',
  'Insert Paragraph': 'Sisipkan paragraf',
  'Edit link': 'Ubah tautan',
  'Remove link': 'Hapus tautan',
}

/** What a button whose name Payload built from a label object is about: its card or field. */
const subjectOf = (element: Element): string | undefined =>
  (
    element.closest('.card')?.querySelector('.card__title') ??
    element.closest('.field-type')?.querySelector('.field-label')?.firstChild
  )?.textContent?.trim() || undefined

/** Words the live preview's toolbar writes in English whatever the admin's language. */
const INDONESIAN_WORDS: Record<string, string> = { Responsive: 'Responsif' }

function fixWords(root: ParentNode) {
  for (const toolbar of root.querySelectorAll('.live-preview-toolbar, .popup__content')) {
    const walker = document.createTreeWalker(toolbar, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const word = INDONESIAN_WORDS[node.textContent?.trim() ?? '']
      if (word) node.textContent = word
    }
  }
}

function fixNames(root: ParentNode, indonesian: boolean) {
  if (indonesian) fixWords(root)
  for (const element of root.querySelectorAll('[aria-label], [title]')) {
    for (const attribute of ['aria-label', 'title']) {
      const value = element.getAttribute(attribute)
      if (!value) continue
      // The relationship field's chips are named "Edit <document>" in code, not by a key.
      const translated = indonesian
        ? (INDONESIAN_NAMES[value] ??
          (value.startsWith('Edit ') ? `Ubah ${value.slice(5)}` : undefined))
        : undefined
      const subject = value.includes('[object Object]') ? subjectOf(element) : undefined
      if (translated) element.setAttribute(attribute, translated)
      else if (subject) element.setAttribute(attribute, value.replace('[object Object]', subject))
    }
  }
}

/**
 * Marks the page with the content language being edited, so every translatable field's label
 * ends in a small "EN"/"ID" chip (custom.css) instead of Payload's "— English"; renames the few
 * English accessible names libraries leave in the Indonesian admin; and names the buttons
 * Payload labels "Create new [object Object]" after their card or field.
 */
export function ContentLanguageMark({ children }: { children?: ReactNode }) {
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const chip = (code ?? 'en').toUpperCase()

  useEffect(() => {
    const indonesian = i18n.language === 'id'
    fixNames(document, indonesian)
    const observer = new MutationObserver(() => fixNames(document, indonesian))
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label', 'title'],
    })
    return () => observer.disconnect()
  }, [i18n.language])

  return (
    <>
      <style href={`content-language-${chip}`} precedence="default">
        {`:root{--content-language-chip:"${chip}"}`}
      </style>
      {children}
    </>
  )
}
