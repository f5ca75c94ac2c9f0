/**
 * Cells of power logs, read without a regular expression per row: nvidia-smi's
 * `YYYY/MM/DD HH:MM:SS.mmm` timestamps (same results as parseTimestamp) and power cells
 * (`631.95 W`, `631.95`, `[N/A]`).
 */
import { isNullCell } from './csv.js'
import { parseTimestamp, zoneOffsetMs } from './time.js'
import type { ReadResult } from './types.js'

const ZERO = 48

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
 * `YYYY/MM/DD HH:MM:SS[.fffffffff]` (or `-` and `T`) read in `zone`; epoch ms, or undefined when
 * it does not parse. Anything of another shape goes to parseTimestamp, so results are the same.
 */
export function parseLocalTimestamp(text: string, zone: string): number | undefined {
  const n = text.length
  if (
    n < 19 ||
    !isDateSep(text.charCodeAt(4)) ||
    !isDateSep(text.charCodeAt(7)) ||
    (text.charCodeAt(10) !== 0x20 && text.charCodeAt(10) !== 0x54) ||
    text.charCodeAt(13) !== 0x3a ||
    text.charCodeAt(16) !== 0x3a
  ) {
    return parseTimestamp(text, zone)
  }
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  const hour = digitsAt(text, 11, 2)
  const minute = digitsAt(text, 14, 2)
  const second = digitsAt(text, 17, 2)
  if ((year | month | day | hour | minute | second) < 0) return parseTimestamp(text, zone)
  let frac = 0
  if (n > 19) {
    const sep = text.charCodeAt(19)
    const count = n - 20
    if ((sep !== 0x2e && sep !== 0x2c) || count < 1 || count > 9) return parseTimestamp(text, zone)
    const f = digitsAt(text, 20, count)
    if (f < 0) return parseTimestamp(text, zone)
    // Equal to parseTimestamp's Number(`0.${digits}`) * 1000: both are correctly rounded f / 10^count.
    frac = (f / 10 ** count) * 1000
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return undefined
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second) + frac
  if (zone === 'UTC' || zone === 'Etc/UTC') return wall
  const first = wall - zoneOffsetMs(zone, wall)
  return wall - zoneOffsetMs(zone, first)
}

/** Timestamps of one file: rows of one poll share a timestamp, so the last one is remembered. */
export class TimestampReader {
  private lastText = ''
  private lastMs: number | undefined

  constructor(private readonly zone: string) {}

  read(text: string): number | undefined {
    if (text === this.lastText) return this.lastMs
    const ms = parseLocalTimestamp(text, this.zone)
    this.lastText = text
    this.lastMs = ms
    return ms
  }
}

/**
 * A power cell: watts, undefined when it is one of the null spellings, NaN when it is not a number.
 * A trailing unit (` W`, `W`) is dropped.
 */
export function parseWatts(cell: string): number | undefined {
  let end = cell.length
  if (end === 0) return undefined
  const c0 = cell.charCodeAt(0)
  const numeric = (c0 >= ZERO && c0 <= ZERO + 9) || c0 === 0x2e || c0 === 0x2b || c0 === 0x2d
  if (!numeric || (end === 1 && c0 === 0x2d)) return isNullCell(cell) ? undefined : NaN
  if (cell.charCodeAt(end - 1) === 0x57) {
    end--
    while (end > 0 && cell.charCodeAt(end - 1) === 0x20) end--
  }
  const text = end === cell.length ? cell : cell.slice(0, end)
  const value = Number(text)
  return text.length === 0 ? NaN : value
}

/** `text` from `start` to `end` without the spaces around it (one slice, no intermediate string). */
export function sliceTrimmed(text: string, start: number, end: number): string {
  while (start < end && text.charCodeAt(start) <= 0x20) start++
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--
  return text.slice(start, end)
}

/** A reader's state machine over the lines of one file. */
export interface LineParser {
  /** One line (without its end), 1-based number. */
  line(text: string, no: number): void
  finish(): ReadResult
}
