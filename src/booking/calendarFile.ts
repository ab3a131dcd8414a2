/**
 * An "Add to calendar" file (RFC 5545) for one booking request, in Jakarta time. WIB has had no
 * daylight saving since 1964, so one STANDARD rule describes the zone completely.
 */
export type CalendarEvent = {
  uid: string
  /** "YYYY-MM-DD" and "HH:MM", WIB. */
  date: string
  time: string
  durationMinutes: number
  summary: string
  description: string
  location: string
  /** When the file was made (DTSTAMP). */
  now: Date
}

const CRLF = '\r\n'

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Lines longer than 75 octets continue on the next line after a space (§3.1), never mid-character. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8')
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

const compactDate = (date: string) => date.replace(/-/g, '')

/** "20261210T140000" from a WIB date and clock plus minutes (may cross midnight). */
function localStamp(date: string, time: string, plusMinutes = 0): string {
  const [hours, minutes] = time.split(':').map(Number)
  const at = new Date(`${date}T00:00:00Z`)
  at.setUTCMinutes(hours * 60 + minutes + plusMinutes)
  const iso = at.toISOString()
  return `${compactDate(iso.slice(0, 10))}T${iso.slice(11, 19).replace(/:/g, '')}`
}

const utcStamp = (at: Date) => `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`

export function calendarFile(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ame Spa Jakarta//Booking//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Jakarta',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:WIB',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART;TZID=Asia/Jakarta:${localStamp(event.date, event.time)}`,
    `DTEND;TZID=Asia/Jakarta:${localStamp(event.date, event.time, event.durationMinutes)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    'STATUS:TENTATIVE',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
