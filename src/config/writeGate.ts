import { AsyncLocalStorage } from 'node:async_hooks'

/** Thrown when a write waited longer than the gate allows: the database is busy, not broken. */
export class DatabaseBusyError extends Error {
  constructor(waitedMs: number) {
    super(`The database stayed busy for ${Math.round(waitedMs / 1000)} s; nothing was saved.`)
    this.name = 'DatabaseBusyError'
  }
}

export type Release = () => void

/**
 * One writer at a time, in arrival order, waiting without blocking the event loop. SQLite allows
 * one writer per file, and its own busy wait would block Node's only thread while the writer it
 * waits for needs that thread to finish.
 */
export function createWriteGate(timeoutMs: number) {
  let tail: Promise<void> = Promise.resolve()
  const nested = new AsyncLocalStorage<true>()

  async function acquire(): Promise<Release> {
    let open!: () => void
    const mine = new Promise<void>((resolve) => (open = resolve))
    const before = tail
    tail = before.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs)
    })
    const outcome = await Promise.race([before.then(() => 'ready' as const), timedOut])
    clearTimeout(timer)
    let released = false
    const release = () => {
      if (released) return
      released = true
      open()
    }
    if (outcome === 'timeout') {
      // Our turn passes straight on to the next writer once it comes.
      release()
      throw new DatabaseBusyError(timeoutMs)
    }
    return release
  }

  /** Runs `write` holding the gate; a write nested inside another one runs straight away. */
  async function run<T>(write: () => Promise<T>): Promise<T> {
    if (nested.getStore()) return write()
    const release = await acquire()
    try {
      return await nested.run(true, write)
    } finally {
      release()
    }
  }

  return { acquire, run }
}
