const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

/** Midnight in Jakarta today and on this week's Monday, as instants. */
export function jakartaDayAndWeekStart(now: Date): { today: Date; week: Date } {
  const wib = new Date(now.getTime() + WIB_OFFSET_MS)
  const midnight =
    Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate()) - WIB_OFFSET_MS
  const sinceMonday = (wib.getUTCDay() + 6) % 7
  return { today: new Date(midnight), week: new Date(midnight - sinceMonday * 86_400_000) }
}

/** "1 Dec 2026, 10:00 WIB" / "1 Des 2026, 10.00 WIB". */
export function formatWib(iso: string | null | undefined, language: 'en' | 'id'): string {
  if (!iso) return '—'
  const text = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso))
  return `${text} WIB`
}
