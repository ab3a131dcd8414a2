import type { Validate } from 'payload'

type ItemRow = { modality?: unknown; service?: unknown }
type Siblings = { kind?: string }

const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? String(value.id)
      : null

/** 2 to 4 different documents of the chosen kind, each row filled. */
export const itemsOfKind: Validate<unknown> = (value, { siblingData }) => {
  const rows = (Array.isArray(value) ? value : []) as ItemRow[]
  if (rows.length < 2 || rows.length > 4) return 'Compare 2 to 4 items.'
  const kind = (siblingData as Siblings).kind === 'services' ? 'service' : 'modality'
  const ids = rows.map((row) => idOf(row[kind]))
  if (ids.some((id) => !id)) {
    return kind === 'service'
      ? 'Choose a service in every row (the comparison compares services).'
      : 'Choose a massage type in every row (the comparison compares massage types).'
  }
  return new Set(ids).size === ids.length ? true : 'Each item can appear only once.'
}

/** Each attribute once. */
export const distinctAttributes: Validate<unknown> = (value) => {
  const rows = (Array.isArray(value) ? value : []) as { attribute?: string }[]
  if (rows.length === 0) return 'Choose at least one row to show.'
  const attributes = rows.map((row) => row.attribute)
  return new Set(attributes).size === attributes.length ? true : 'Each row can be shown only once.'
}
