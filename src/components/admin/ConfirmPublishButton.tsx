'use client'
import {
  ConfirmationModal,
  PublishButton,
  toast,
  useDocumentInfo,
  useFormFields,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { useEffect, useRef } from 'react'
import { goesLiveMessage } from './goesLive'
import { useTranslationGaps } from './useTranslationGaps'

const MODAL = 'publish-without-language'
const LANGUAGE_NAMES = {
  en: { en: 'English', id: 'bahasa Inggris' },
  id: { en: 'Indonesian', id: 'bahasa Indonesia' },
} as const
type Code = keyof typeof LANGUAGE_NAMES
const OTHER: Record<Code, Code> = { en: 'id', id: 'en' }

/**
 * Payload's Publish button, which first asks for confirmation when a language really still has
 * empty required fields (judged on the form as typed), saying what visitors of that language will
 * see. It never blocks publishing, and cancelling leaves the form as it was. After publishing a
 * promotion that starts later, it says when it goes live.
 */
export function ConfirmPublishButton(props: PublishButtonClientProps & { required?: string[] }) {
  const { required = [], ...publishProps } = props
  const { i18n } = useTranslation()
  const { openModal, closeModal } = useModal()
  const { id, savedDocumentData } = useDocumentInfo()
  const wrapper = useRef<HTMLDivElement>(null)
  const confirmed = useRef(false)
  const publishing = useRef<string | null>(null)
  const ui: Code = i18n.language === 'id' ? 'id' : 'en'
  const languages = useTranslationGaps(required)
  const startsAt = useFormFields(([fields]) => fields.startsAt?.value as string | undefined)

  // Once a publish has saved, a promotion starting later says when it goes live.
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  useEffect(() => {
    if (!publishing.current || savedAt === publishing.current) return
    // An autosaved draft may land between the click and the publish: wait for the publish.
    if (savedDocumentData?._status !== 'published') return
    publishing.current = null
    if (typeof startsAt !== 'string') return
    const message = goesLiveMessage(startsAt, new Date(), ui)
    if (message) toast.info(message)
  }, [savedAt, savedDocumentData?._status, startsAt, ui])

  const mainButton = () => wrapper.current?.querySelector('button') ?? null

  const onClickCapture = (event: React.MouseEvent) => {
    const button = mainButton()
    if (!button || !(event.target instanceof Node) || !button.contains(event.target)) return
    publishing.current = savedAt ?? ''
    if (!languages.length || confirmed.current) return
    publishing.current = null
    event.preventDefault()
    event.stopPropagation()
    openModal(MODAL)
  }

  const names = languages.map((language) => LANGUAGE_NAMES[language][ui])
  const fallback = (language: Code) => LANGUAGE_NAMES[OTHER[language]][ui]
  const heading =
    ui === 'id'
      ? `Publikasikan tanpa ${names.join(' dan ')}?`
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
      {/* A new document has no changes to publish: it is simply published. */}
      <PublishButton
        {...publishProps}
        {...(id ? {} : { label: ui === 'id' ? 'Publikasikan' : 'Publish' })}
      />
      <ConfirmationModal
        modalSlug={MODAL}
        heading={heading}
        body={body}
        confirmLabel={ui === 'id' ? 'Tetap publikasikan' : 'Publish anyway'}
        cancelLabel={ui === 'id' ? 'Batal' : 'Cancel'}
        onCancel={() => closeModal(MODAL)}
        onConfirm={() => {
          closeModal(MODAL)
          confirmed.current = true
          publishing.current = savedAt ?? ''
          mainButton()?.click()
          confirmed.current = false
        }}
      />
    </div>
  )
}
