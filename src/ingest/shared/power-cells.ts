/**
 * Cells of power logs (nvidia-smi, DCGM, Zeus) as text, read without a regular expression per row: nvidia-smi's
 * `YYYY/MM/DD HH:MM:SS.mmm` timestamps (same results as parseTimestamp) and power cells
 * (`631.95 W`, `631.95`, `[N/A]`). From bytes: formats/nvidia-smi/nvidia-smi-bytes.ts.
 */
import { isNullCell } from './csv.js'
import { parseTimestamp } from './time.js'
import type { ReadResult } from '../types.js'

const ZERO = 48

/**
 * `YYYY/MM/DD HH:MM:SS[.fffffffff]` (or `-` and `T`) read in `zone`; epoch ms, or undefined when
 * it does not parse. parseTimestamp reads this shape without a regular expression; the name stays
 * for the readers of power logs.
 */
export function parseLocalTimestamp(text: string, zone: string): number | undefined {
  return parseTimestamp(text, zone)
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
