import type { NumberField } from 'payload'

export const sortOrderField = (): NumberField => ({
  name: 'sortOrder',
  type: 'number',
  defaultValue: 100,
  index: true,
  admin: { position: 'sidebar', description: 'Lower numbers are listed first.' },
})
