import type { Validate } from 'payload'
import { say } from '@/admin/adminLanguage'

type ItemRow = { modality?: unknown; service?: unknown }
type Siblings = { kind?: string }

const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? String(value.id)
      : null

/** 2 to 4 different documents of the chosen kind, each row filled. */
export const itemsOfKind: Validate<unknown> = (value, { req, siblingData }) => {
  const rows = (Array.isArray(value) ? value : []) as ItemRow[]
  if (rows.length < 2 || rows.length > 4) {
    return say(req, { en: 'Compare 2 to 4 items.', id: 'Bandingkan 2 sampai 4 item.' })
  }
  const kind = (siblingData as Siblings).kind === 'services' ? 'service' : 'modality'
  const ids = rows.map((row) => idOf(row[kind]))
  if (ids.some((id) => !id)) {
    return kind === 'service'
      ? say(req, {
          en: 'Choose a service in every row (the comparison compares services).',
          id: 'Pilih layanan di setiap baris (perbandingan ini membandingkan layanan).',
        })
      : say(req, {
          en: 'Choose a massage type in every row (the comparison compares massage types).',
          id: 'Pilih jenis pijat di setiap baris (perbandingan ini membandingkan jenis pijat).',
        })
  }
  return new Set(ids).size === ids.length
    ? true
    : say(req, {
        en: 'Each item can appear only once.',
        id: 'Setiap item hanya boleh muncul sekali.',
      })
}

/** Each attribute once. */
export const distinctAttributes: Validate<unknown> = (value, { req }) => {
  const rows = (Array.isArray(value) ? value : []) as { attribute?: string }[]
  if (rows.length === 0) {
    return say(req, {
      en: 'Choose at least one row to show.',
      id: 'Pilih minimal satu baris untuk ditampilkan.',
    })
  }
  const attributes = rows.map((row) => row.attribute)
  return new Set(attributes).size === attributes.length
    ? true
    : say(req, {
        en: 'Each row can be shown only once.',
        id: 'Setiap baris hanya boleh ditampilkan sekali.',
      })
}
