import fs from 'node:fs'
import os from 'node:os'

type Holder = { pid: number; host: string; startedAt: string }

export const lockFileOf = (databaseFile: string) => `${databaseFile}.server`

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Marks the database as in use by this server process until it exits, so that a restore (which
 * replaces the file under a running server, whose later writes are then lost) can refuse.
 */
export function holdDatabase(databaseFile: string): void {
  const file = lockFileOf(databaseFile)
  const holder: Holder = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
  }
  try {
    fs.writeFileSync(file, JSON.stringify(holder))
  } catch {
    // A read-only data folder fails later with its own message; the lock is a courtesy.
    return
  }
  process.once('exit', () => {
    try {
      if (serverUsing(databaseFile)?.pid === process.pid) fs.rmSync(file, { force: true })
    } catch {
      // Nothing more to do on the way out.
    }
  })
}

/** The live server process on this machine that holds the database, if any (stale marks ignored). */
export function serverUsing(databaseFile: string): Holder | null {
  let holder: Holder
  try {
    holder = JSON.parse(fs.readFileSync(lockFileOf(databaseFile), 'utf8')) as Holder
  } catch {
    return null
  }
  if (!Number.isInteger(holder.pid) || holder.host !== os.hostname()) return null
  return alive(holder.pid) ? holder : null
}
