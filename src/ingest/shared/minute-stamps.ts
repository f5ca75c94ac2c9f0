/**
 * `YYYY-MM-DD HH:MM:SS` (or `T`, `/` dates) cells read from bytes as the string path reads them:
 * the minute is parsed once (parseTimestamp) and the seconds added — within a minute the zone's
 * offset does not change. NaN for any other shape. One source for the byte paths of CodeCarbon
 * and Eco2AI.
 */
import { asciiText } from './csv.js'
import { parseTimestamp } from './time.js'

const COLON = 0x3a
const T = 0x54
const SPACE = 0x20
const ZERO = 0x30
const STAMP_BYTES = 19
const MINUTE_BYTES = 16
const isDateSep = (c: number): boolean => c === 0x2d || c === 0x2f

export class MinuteStamps {
  private readonly minute = new Uint8Array(MINUTE_BYTES)
  private minuteMs = NaN

  /**
   * @param zone the time zone timestamps without an offset are read in
   * @param minuteText which minute texts the reader's string path would parse (others are NaN)
   */
  constructor(
    private readonly zone: string,
    private readonly minuteText: RegExp,
  ) {}

  read(bytes: Uint8Array, start: number, end: number): number {
    if (
      end - start !== STAMP_BYTES ||
      !isDateSep(bytes[start + 4]!) ||
      !isDateSep(bytes[start + 7]!) ||
      (bytes[start + 10] !== T && bytes[start + 10] !== SPACE) ||
      bytes[start + 13] !== COLON ||
      bytes[start + MINUTE_BYTES] !== COLON
    ) {
      return NaN
    }
    const tens = bytes[start + 17]! - ZERO
    const ones = bytes[start + 18]! - ZERO
    if (!(tens >= 0 && tens <= 5 && ones >= 0 && ones <= 9)) return NaN
    let same = !Number.isNaN(this.minuteMs)
    for (let i = 0; same && i < MINUTE_BYTES; i++) same = bytes[start + i] === this.minute[i]
    if (!same) {
      const text = asciiText(bytes, start, start + MINUTE_BYTES)
      const ms = this.minuteText.test(text) ? parseTimestamp(`${text}:00`, this.zone) : undefined
      if (ms === undefined) {
        this.minuteMs = NaN
        return NaN
      }
      this.minute.set(bytes.subarray(start, start + MINUTE_BYTES))
      this.minuteMs = ms
    }
    return this.minuteMs + (tens * 10 + ones) * 1000
  }
}
