/**
 * Timestamps. Trackers write local times with no offset; they are read in the configured
 * IANA zone (UTC by default). Everything returned is epoch milliseconds or ISO 8601 in UTC.
 */

const WITH_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/
const ZERO = 48
/** 10^k, exact. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

const HOUR_MS = 3_600_000
const offsetCache = new Map<string, number>()
const formatters = new Map<string, Intl.DateTimeFormat>()
/** The last lookup (a file is read in one zone, and its times mostly share an hour). */
let lastZone = ''
let lastHour = NaN
let lastOffset = 0

/** Offset of `zone` from UTC in ms at the given UTC instant (cached per zone and hour). */
function zoneOffsetMs(zone: string, utcMs: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0
  const hour = Math.floor(utcMs / HOUR_MS)
  if (hour === lastHour && zone === lastZone) return lastOffset
  const hourKey = `${zone}@${hour}`
  let offset = offsetCache.get(hourKey)
  if (offset === undefined) {
    offset = computeOffsetMs(zone, utcMs)
    if (offsetCache.size > 10_000) offsetCache.clear()
    offsetCache.set(hourKey, offset)
  }
  lastZone = zone
  lastHour = hour
  lastOffset = offset
  return offset
}

function computeOffsetMs(zone: string, utcMs: number): number {
  let format = formatters.get(zone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    if (formatters.size > 100) formatters.clear()
    formatters.set(zone, format)
  }
  const parts = format.formatToParts(new Date(utcMs))
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value)
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
  return asUtc - Math.floor(utcMs / 1000) * 1000
}

/** Is this a zone Intl knows? */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * Parse `YYYY-MM-DD HH:MM:SS[.fff]`, `YYYY/MM/DD HH:MM:SS.fff`, `YYYY-MM-DDTHH:MM:SS` (local, read in
 * `zone`) or an ISO string with an offset. Returns epoch ms, or undefined when it does not parse.
 */
export function parseTimestamp(text: string, zone: string): number | undefined {
  const t = text.trim()
  const local = parseLocalShape(t, zone)
  if (local !== NOT_LOCAL) return local
  if (WITH_OFFSET.test(t)) {
    const ms = Date.parse(t)
    return Number.isFinite(ms) ? ms : undefined
  }
  return undefined
}

/** parseLocalShape's answer for text of another shape. */
const NOT_LOCAL = -Infinity

function digitsAt(text: string, from: number, count: number): number {
  let n = 0
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - ZERO
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

function isDateSep(c: number): boolean {
  return c === 0x2f || c === 0x2d // '/' or '-'
}

/**
 * `YYYY[-/]MM[-/]DD[T ]HH:MM:SS([.,]f{1,9})?` (the whole text), read in `zone`, without a regular
 * expression: epoch ms, undefined when a field is out of range, NOT_LOCAL for another shape.
 */
function parseLocalShape(t: string, zone: string): number | undefined {
  const n = t.length
  if (
    n < 19 ||
    n === 20 ||
    n > 29 ||
    !isDateSep(t.charCodeAt(4)) ||
    !isDateSep(t.charCodeAt(7)) ||
    (t.charCodeAt(10) !== 0x20 && t.charCodeAt(10) !== 0x54) ||
    t.charCodeAt(13) !== 0x3a ||
    t.charCodeAt(16) !== 0x3a
  ) {
    return NOT_LOCAL
  }
  const year = digitsAt(t, 0, 4)
  const month = digitsAt(t, 5, 2)
  const day = digitsAt(t, 8, 2)
  const hour = digitsAt(t, 11, 2)
  const minute = digitsAt(t, 14, 2)
  const second = digitsAt(t, 17, 2)
  if ((year | month | day | hour | minute | second) < 0) return NOT_LOCAL
  let frac = 0
  if (n > 19) {
    const sep = t.charCodeAt(19)
    const f = digitsAt(t, 20, n - 20)
    if ((sep !== 0x2e && sep !== 0x2c) || f < 0) return NOT_LOCAL
    // The same double as Number(`0.${digits}`) * 1000: both are correctly rounded f / 10^count.
    frac = (f / POWERS_OF_TEN[n - 20]!) * 1000
  }
  return localTimeMs(year, month, day, hour, minute, second, frac, zone)
}

/**
 * A local wall-clock time in `zone` → epoch ms; undefined when a field is out of range. `frac` is
 * the milliseconds below the second.
 */
export function localTimeMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  frac: number,
  zone: string,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return undefined
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second) + frac
  if (zone === 'UTC' || zone === 'Etc/UTC') return wall
  // Local wall time → UTC: subtract the offset (twice, to settle near DST changes).
  const first = wall - zoneOffsetMs(zone, wall)
  const settled = wall - zoneOffsetMs(zone, first)
  // A wall time the zone shows twice (the hour repeated when clocks go back) is read as its
  // first occurrence; a reader of a sequence moves it to the second when time would otherwise go
  // backwards (laterSameWallTime).
  return earlierSameWallTime(settled, zone) ?? settled
}

/** How far a zone's offset can change at one transition, with a margin (DST is 30 min to 2 h). */
const TRANSITION_SPAN_MS = 3 * HOUR_MS

/** The other instant that `zone` shows with the same wall-clock reading as `ms`, in `direction`. */
function sameWallTime(ms: number, zone: string, direction: 1 | -1): number | undefined {
  if (zone === 'UTC' || zone === 'Etc/UTC') return undefined
  const own = zoneOffsetMs(zone, ms)
  const other = zoneOffsetMs(zone, ms + direction * TRANSITION_SPAN_MS)
  if (other === own) return undefined
  const wall = ms + own
  const candidate = wall - other
  if ((candidate - ms) * direction <= 0) return undefined
  return zoneOffsetMs(zone, candidate) === other ? candidate : undefined
}

/** The first of two instants that read as the same local time (a repeated hour), if `ms` is the second. */
function earlierSameWallTime(ms: number, zone: string): number | undefined {
  return sameWallTime(ms, zone, -1)
}

/**
 * The second instant with the same local reading as `ms` in `zone`, when `ms` falls in the hour
 * the zone repeats as its clocks go back (02:00–02:59 twice in Europe/Paris on the last Sunday of
 * October); undefined elsewhere. A power log read in local time crosses that hour as
 * 02:59 → 02:00: the reader takes the second reading there, which keeps time monotonic.
 */
export function laterSameWallTime(ms: number, zone: string): number | undefined {
  return sameWallTime(ms, zone, 1)
}

/**
 * When `ms` is the first of two instants that read alike in `zone`: the repeated hour in words
 * and how to avoid it, for an error that time goes backwards; undefined otherwise.
 */
export function describeRepeatedHour(ms: number, zone: string): string | undefined {
  const later = laterSameWallTime(ms, zone)
  if (later === undefined) return undefined
  const offset = (at: number): string => {
    const minutes = Math.round(zoneOffsetMs(zone, at) / 60_000)
    const sign = minutes < 0 ? '-' : '+'
    const abs = Math.abs(minutes)
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
  }
  const wall = new Date(ms + zoneOffsetMs(zone, ms)).toISOString()
  const hourStart = `${wall.slice(0, 10)} ${wall.slice(11, 13)}:00`
  return (
    `${wall.slice(0, 10)} ${wall.slice(11, 19)} is in the hour ${zone} shows twice when its clocks go back ` +
    `(from ${hourStart}, at ${offset(ms)} then at ${offset(later)}), and the order of the samples does not tell which; ` +
    'log in UTC (TZ=UTC nvidia-smi …) or with an offset, or split the file at the change'
  )
}

/** ISO 8601 in UTC; an instant outside Date's range gives 'invalid date' (the bounds check names it). */
export function toIso(ms: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return 'invalid date'
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}
