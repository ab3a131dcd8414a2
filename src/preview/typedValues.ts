/**
 * What each staff member has typed but not saved, per document and language, for their own live
 * preview only. Kept in this process for a short while: the frame posts the form on every change
 * and clears it when it closes; a save makes the saved draft the truth again.
 */
const KEEP_MS = 15 * 60 * 1000
const MAX_ENTRIES = 500

type Entry = { values: Record<string, unknown>; until: number }

const entries = new Map<string, Entry>()

export type TypedKey = { userId: string; collection: string; id: string; locale: string }

const keyOf = ({ userId, collection, id, locale }: TypedKey) =>
  [userId, collection, id, locale].join('\u0000')

export function rememberTyped(
  key: TypedKey,
  values: Record<string, unknown>,
  now = Date.now(),
): void {
  const name = keyOf(key)
  entries.delete(name)
  entries.set(name, { values, until: now + KEEP_MS })
  for (const [oldest, entry] of entries) {
    if (entries.size <= MAX_ENTRIES && entry.until > now) break
    entries.delete(oldest)
  }
}

export function typedFor(key: TypedKey, now = Date.now()): Record<string, unknown> | undefined {
  const entry = entries.get(keyOf(key))
  if (!entry) return undefined
  if (entry.until <= now) {
    entries.delete(keyOf(key))
    return undefined
  }
  return entry.values
}

export function forgetTyped(key: TypedKey): void {
  entries.delete(keyOf(key))
}
