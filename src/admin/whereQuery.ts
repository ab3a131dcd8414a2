/** `{ and: [{ a: { equals: 1 } }] }` → `where[and][0][a][equals]=1`, as Payload's admin list reads it. */
export function whereQuery(value: unknown, prefix = 'where'): string[] {
  if (value === null || typeof value !== 'object') {
    return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    whereQuery(inner, `${prefix}[${key}]`),
  )
}
