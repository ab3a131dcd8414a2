/** Relationship values are ids until populated; pages only use populated ones. */
export const populated = <T extends object>(value: string | T | null | undefined): T | null =>
  value && typeof value === 'object' ? value : null

export const populatedList = <T extends object>(values: (string | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

/** A relationship's id, whether it is populated or not. */
export const relationId = (value: string | { id: string } | null | undefined) =>
  typeof value === 'object' && value ? value.id : value
