import type { Block, TextareaField, TextField } from 'payload'

/** A block's name in the admin, the same words for one or several. */
export const blockLabels = (en: string, id: string): Block['labels'] => ({
  singular: { en, id },
  plural: { en, id },
})

/** The heading most blocks open with, in each language. */
export const headingField = ({ required = true } = {}): TextField => ({
  name: 'heading',
  label: { en: 'Heading', id: 'Judul' },
  type: 'text',
  localized: true,
  required,
  maxLength: 80,
})

/** A sentence or two under a block's heading. */
export const introField = (): TextareaField => ({
  name: 'intro',
  label: { en: 'Intro', id: 'Pengantar' },
  type: 'textarea',
  localized: true,
  maxLength: 240,
})
