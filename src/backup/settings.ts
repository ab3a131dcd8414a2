import path from 'node:path'
import { ConfigError } from '@/config/errors'

type Env = Record<string, string | undefined>

export type BackupTime = { hour: number; minute: number }

export type BackupSettings = {
  dir: string
  keep: number
  /** The daily time in WIB, or null when scheduled backups are off. */
  schedule: BackupTime | null
}

export const DEFAULT_BACKUP_KEEP = 14

export function parseBackupTime(value: string): BackupTime {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(value.trim())
  if (!match) {
    throw new ConfigError(
      `BACKUP_SCHEDULE is "${value}"; use a daily time in Jakarta time (WIB) as HH:MM, e.g. BACKUP_SCHEDULE=03:30, or leave it unset to turn scheduled backups off.`,
    )
  }
  return { hour: Number(match[1]), minute: Number(match[2]) }
}

export function resolveBackupSettings(env: Env = process.env): BackupSettings {
  const keepText = env.BACKUP_KEEP?.trim()
  const keep = keepText ? Number(keepText) : DEFAULT_BACKUP_KEEP
  if (!Number.isInteger(keep) || keep < 1 || keep > 1000) {
    throw new ConfigError(
      `BACKUP_KEEP is "${keepText}"; use how many archives to keep, a whole number from 1 to 1000 (default ${DEFAULT_BACKUP_KEEP}).`,
    )
  }
  const schedule = env.BACKUP_SCHEDULE?.trim()
  return {
    dir: path.resolve(process.cwd(), env.BACKUP_DIR?.trim() || 'data/backups'),
    keep,
    schedule: schedule ? parseBackupTime(schedule) : null,
  }
}

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The next moment after `now` at which the clock in Jakarta (no daylight saving) shows `at`. */
export function nextBackupAt(now: Date, at: BackupTime): Date {
  const wib = new Date(now.getTime() + WIB_OFFSET_MS)
  const today =
    Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate(), at.hour, at.minute) -
    WIB_OFFSET_MS
  return new Date(today > now.getTime() ? today : today + DAY_MS)
}
