/**
 * Old page addresses → their current address, for the proxy to answer 301 before any page
 * renders. Shared through the process's global object: the proxy is bundled separately from the
 * CMS but runs in the same process. Kept import-free so the proxy bundle stays small.
 *
 * The CMS marks the table stale after a page document changes; the proxy rebuilds it on the next
 * request, when that change is committed.
 */
type Registry = {
  redirects: Map<string, string>
  stale: boolean
  rebuild?: () => Promise<Map<string, string>>
  rebuilding?: Promise<void>
}

const store = globalThis as typeof globalThis & { __ameSpaRedirects?: Registry }
const registry = (): Registry => (store.__ameSpaRedirects ??= { redirects: new Map(), stale: true })

/** Called once at start with the function that reads the table from the CMS. */
export function provideRedirects(rebuild: () => Promise<Map<string, string>>): void {
  Object.assign(registry(), { rebuild, stale: true })
}

export function markRedirectsStale(): void {
  registry().stale = true
}

export async function redirectFor(pathname: string): Promise<string | undefined> {
  const current = registry()
  if (current.stale && current.rebuild) {
    current.rebuilding ??= current
      .rebuild()
      .then((redirects) => {
        current.redirects = redirects
        current.stale = false
      })
      .catch((error: unknown) => console.error('Could not load page redirects:', error))
      .finally(() => {
        current.rebuilding = undefined
      })
    await current.rebuilding
  }
  return current.redirects.get(pathname)
}
