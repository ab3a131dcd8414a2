import type { NumberField } from 'payload'
import { wholeNumber } from './validators'

export const sortOrderField = (): NumberField => ({
  name: 'sortOrder',
  type: 'number',
  defaultValue: 100,
  min: 0,
  max: 10_000,
  validate: wholeNumber({ en: 'Sort order', id: 'Urutan' }),
  index: true,
  admin: {
    position: 'sidebar',
    description: {
      en: 'Lower numbers are listed first.',
      id: 'Angka yang lebih kecil tampil lebih dulu.',
    },
  },
})
