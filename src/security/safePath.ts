/**
 * True for a path on this site that a redirect may point at: it starts with one slash and has no
 * second slash in a row (`//host` is another site), no backslash (browsers read `/\host` as
 * `//host`), no scheme and no control characters.
 */
export function isSameSitePath(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return value.startsWith('/') && !value.includes('//') && !/[\\\u0000-\u001f\u007f]/.test(value)
}

/** The path of a `Referer` header when it is a safe same-site path, else `fallback`. */
export function refererPath(referer: string | null, fallback = '/'): string {
  if (!referer) return fallback
  try {
    const { pathname } = new URL(referer)
    return isSameSitePath(pathname) ? pathname : fallback
  } catch {
    return fallback
  }
}
