import { AsyncLocalStorage } from 'node:async_hooks'

type Run = <R>(fn: () => R) => R

// On globalThis: the instrumentation hook and each route are bundled separately.
const KEY = Symbol.for('ame-spa.server-context')
const globals = globalThis as { [KEY]?: Run }

/** Called once when the server starts, outside any request. */
export function rememberServerContext(): void {
  globals[KEY] ??= AsyncLocalStorage.snapshot()
}

/**
 * Runs `fn` in the server's own context instead of the current request's: timers and callbacks it
 * starts do not inherit (and later write into) the state of whichever request happened to call.
 * Outside `next start` (tests on the Local API, scripts) there is no request, so it simply runs.
 */
export const inServerContext: Run = (fn) => (globals[KEY] ?? ((run) => run()))(fn)
