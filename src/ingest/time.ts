/**
 * Timestamps. Trackers write local times with no offset; they are read in the configured
 * IANA zone (UTC by default). Everything returned is epoch milliseconds or ISO 8601 in UTC.
 */

const LOCAL = /^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?$/
const WITH_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/

const offsetCache = new Map<string, number>()

/** Offset of `zone` from UTC in ms at the given UTC instant (cached per zone and hour). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0
  const hourKey = `${zone}@${Math.floor(utcMs / 3_600_000)}`
  const cached = offsetCache.get(hourKey)
  if (cached !== undefined) return cached
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs))
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  const offset = asUtc - Math.floor(utcMs / 1000) * 1000
  if (offsetCache.size > 10_000) offsetCache.clear()
  offsetCache.set(hourKey, offset)
  return offset
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
  const m = LOCAL.exec(t)
  if (m) {
    const frac = m[7] ? Number(`0.${m[7]}`) * 1000 : 0
    const month = Number(m[2])
    const day = Number(m[3])
    const hour = Number(m[4])
    const minute = Number(m[5])
    const second = Number(m[6])
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
      return undefined
    }
    const wall = Date.UTC(Number(m[1]), month - 1, day, hour, minute, second) + frac
    if (zone === 'UTC' || zone === 'Etc/UTC') return wall
    // Local wall time → UTC: subtract the offset (twice, to settle near DST changes).
    const first = wall - zoneOffsetMs(zone, wall)
    return wall - zoneOffsetMs(zone, first)
  }
  if (WITH_OFFSET.test(t)) {
    const ms = Date.parse(t)
    return Number.isFinite(ms) ? ms : undefined
  }
  return undefined
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}
