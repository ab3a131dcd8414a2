/** Whether a form value counts as written: text, a rich text with words, an array with rows. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number') return value > 0
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object' && 'root' in value)
    return /"text":"[^"]/.test(JSON.stringify(value))
  return true
}
