'use client'
import {
  ConfirmationModal,
  PublishButton,
  useFormFields,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { useRef } from 'react'

const MODAL = 'publish-without-language'
const LANGUAGE_NAMES = {
  en: { en: 'English', id: 'bahasa Inggris' },
  id: { en: 'Indonesian', id: 'bahasa Indonesia' },
} as const
type Code = keyof typeof LANGUAGE_NAMES
const OTHER: Record<Code, Code> = { en: 'id', id: 'en' }

const empty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/**
 * Payload's Publish button, which first asks for confirmation when a language still has empty
 * required fields, saying what visitors of that language will see. It never blocks publishing.
 */
export function ConfirmPublishButton(props: PublishButtonClientProps & { required?: string[] }) {
  const { required = [], ...publishProps } = props
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const { openModal, closeModal } = useModal()
  const wrapper = useRef<HTMLDivElement>(null)
  const confirmed = useRef(false)
  const ui: Code = i18n.language === 'id' ? 'id' : 'en'
  const editing: Code = code === 'id' ? 'id' : 'en'

  const missing = useFormFields(([fields]) => {
    const saved = (fields.missingTranslations?.value as string[] | undefined) ?? []
    const languages = new Set<Code>(
      saved.filter((locale): locale is Code => locale in LANGUAGE_NAMES),
    )
    // The language being edited is judged by what is in the form now, not by the last save.
    languages.delete(editing)
    if (required.some((name) => empty(fields[name]?.value))) languages.add(editing)
    return [...languages].sort().join(',')
  })
  const languages = missing ? (missing.split(',') as Code[]) : []

  const mainButton = () => wrapper.current?.querySelector('button') ?? null

  const onClickCapture = (event: React.MouseEvent) => {
    const button = mainButton()
    if (!languages.length || confirmed.current || !button) return
    if (!(event.target instanceof Node) || !button.contains(event.target)) return
    event.preventDefault()
    event.stopPropagation()
    openModal(MODAL)
  }

  const names = languages.map((language) => LANGUAGE_NAMES[language][ui])
  const fallback = (language: Code) => LANGUAGE_NAMES[OTHER[language]][ui]
  const heading =
    ui === 'id'
      ? `Terbitkan tanpa ${names.join(' dan ')}?`
      : `Publish without ${names.join(' and ')}?`
  const body = languages
    .map((language) =>
      ui === 'id'
        ? `Kolom wajib dalam ${LANGUAGE_NAMES[language].id} masih kosong: pengunjung halaman /${language} akan melihat teks dalam ${fallback(language)}.`
        : `Required fields in ${LANGUAGE_NAMES[language].en} are still empty: visitors of the /${language} pages will see the ${fallback(language)} text instead.`,
    )
    .join(' ')

  return (
    <div ref={wrapper} onClickCapture={onClickCapture} style={{ display: 'contents' }}>
      <PublishButton {...publishProps} />
      <ConfirmationModal
        modalSlug={MODAL}
        heading={heading}
        body={body}
        confirmLabel={ui === 'id' ? 'Tetap terbitkan' : 'Publish anyway'}
        cancelLabel={ui === 'id' ? 'Batal' : 'Cancel'}
        onCancel={() => closeModal(MODAL)}
        onConfirm={() => {
          closeModal(MODAL)
          confirmed.current = true
          mainButton()?.click()
          confirmed.current = false
        }}
      />
    </div>
  )
}
