/**
 * Which fields of a document are shown in English on an Indonesian page because they have not been
 * translated: paths whose value is empty without fallback but present with it (e.g. "summary",
 * "indications.1.text", "modality.name"). Pages mark those elements lang="en" (WCAG 3.1.2).
 */
const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

const isRichText = (value: unknown) =>
  typeof value === 'object' && value !== null && 'root' in value

export function fallbackPaths(strict: unknown, shown: unknown, path = ''): string[] {
  if (isEmpty(strict)) return isEmpty(shown) || !path ? [] : [path]
  if (isRichText(shown)) return []
  if (Array.isArray(strict) && Array.isArray(shown)) {
    return shown.flatMap((item, index) => fallbackPaths(strict[index], item, join(path, index)))
  }
  if (typeof strict === 'object' && typeof shown === 'object' && shown !== null) {
    return Object.entries(shown).flatMap(([key, value]) =>
      fallbackPaths((strict as Record<string, unknown>)[key], value, join(path, key)),
    )
  }
  return []
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key))
