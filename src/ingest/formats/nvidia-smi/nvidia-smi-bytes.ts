/**
 * Cells of nvidia-smi logs read from their bytes (the --query-gpu fast path): copies of cells to
 * compare rows with, GPU keys, power cells, and timestamps (the same ms as parseTimestamp).
 */
import { asciiText, equalsAscii, parseDecimal } from '../../shared/csv.js'
import { MASKED_UUID } from './nvidia-smi-query-header.js'
import type { PowerDevice } from '../../shared/power-integrator.js'
import { localTimeMs } from '../../shared/time.js'

const ZERO = 48
const OPEN_BRACKET = 0x5b
const W = 0x57
const SPACE = 0x20
/** A power cell that holds no value (empty, `[N/A]`). */
export const NO_VALUE = -1
/** 10^k, exact. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

function isDateSep(c: number): boolean {
  return c === 0x2f || c === 0x2d // '/' or '-'
}

/** A copy of a few bytes of text, to compare rows with. */
export class ByteCell {
  bytes: Uint8Array
  view: DataView
  /** -1 when empty (nothing to compare with). */
  length = -1

  constructor(size: number) {
    this.bytes = new Uint8Array(size)
    this.view = new DataView(this.bytes.buffer)
  }

  /** Does it hold the bytes `[start, end)` of `view`? */
  equals(view: DataView, start: number, end: number): boolean {
    return sameBytes(this, view, start, end)
  }

  set(bytes: Uint8Array, start: number, end: number): void {
    const n = end - start
    if (n > this.bytes.byteLength) {
      this.bytes = new Uint8Array(n * 2)
      this.view = new DataView(this.bytes.buffer)
    }
    const own = this.bytes
    for (let i = 0; i < n; i++) own[i] = bytes[start + i]!
    this.length = n
  }

  text(): string {
    return asciiText(this.bytes, 0, this.length)
  }
}

/**
 * Does `cell` hold the bytes `[start, end)` of `view`? Four bytes at a time, from the end, where
 * rows mostly differ (a timestamp's milliseconds, the digits that tell GPUs apart); the first
 * word may overlap the second.
 */
export function sameBytes(cell: ByteCell, view: DataView, start: number, end: number): boolean {
  const n = cell.length
  if (end - start !== n) return false
  const own = cell.view
  if (n < 4) {
    for (let i = 0; i < n; i++) if (view.getUint8(start + i) !== own.getUint8(i)) return false
    return true
  }
  for (let i = n - 4; i > 0; i -= 4) {
    if (view.getInt32(start + i, true) !== own.getInt32(i, true)) return false
  }
  return view.getInt32(start, true) === own.getInt32(0, true)
}

/** A GPU key seen before: its bytes (trimmed, and as its cell last stood), its text, its device. */
export interface KeyEntry {
  readonly cell: ByteCell
  readonly raw: ByteCell
  readonly key: string
  device: PowerDevice | undefined
}

/** Is the trimmed cell `bytes[start..end)` a GPU key (not empty, masked or a null spelling)? */
export function isKeyCell(bytes: Uint8Array, start: number, end: number): boolean {
  return (
    start < end &&
    bytes[start] !== OPEN_BRACKET &&
    !equalsAscii(bytes, start, end, 'N/A') &&
    !equalsAscii(bytes, start, end, MASKED_UUID)
  )
}

/**
 * A trimmed power cell: watts, NO_VALUE (empty, `[N/A]`), or NaN when the string path must read it
 * (anything but a plain unsigned number, with or without a `W`): parseWatts for the cells it
 * reads the same way.
 */
export function readWatts(bytes: Uint8Array, start: number, end: number): number {
  if (start === end) return NO_VALUE
  if (bytes[start] === OPEN_BRACKET) return equalsAscii(bytes, start, end, '[N/A]') ? NO_VALUE : NaN
  let numberEnd = end
  if (bytes[end - 1] === W) {
    numberEnd--
    while (numberEnd > start && bytes[numberEnd - 1] === SPACE) numberEnd--
  }
  return parseDecimal(bytes, start, numberEnd)
}

function digitBytesAt(bytes: Uint8Array, from: number, count: number): number {
  let n = 0
  for (let i = from; i < from + count; i++) {
    const d = bytes[i]! - ZERO
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

/**
 * parseLocalTimestamp over bytes: the same ms for `YYYY/MM/DD HH:MM:SS[.fffffffff]` (or `-`, `T`,
 * `,`) at `bytes[start..end)` (trimmed); NaN for any other shape or a field out of range, which
 * the caller then reads through its string path.
 */
export function parseLocalTimestampBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  zone: string,
): number {
  const n = end - start
  if (
    n < 19 ||
    !isDateSep(bytes[start + 4]!) ||
    !isDateSep(bytes[start + 7]!) ||
    (bytes[start + 10] !== 0x20 && bytes[start + 10] !== 0x54) ||
    bytes[start + 13] !== 0x3a ||
    bytes[start + 16] !== 0x3a
  ) {
    return NaN
  }
  const second = digitBytesAt(bytes, start + 17, 2)
  let frac = 0
  if (n > 19) {
    const sep = bytes[start + 19]!
    const count = n - 20
    if ((sep !== 0x2e && sep !== 0x2c) || count < 1 || count > 9) return NaN
    const f = digitBytesAt(bytes, start + 20, count)
    if (f < 0) return NaN
    frac = (f / POWERS_OF_TEN[count]!) * 1000
  }
  if (second < 0) return NaN
  // Polls a second apart share the minute: its start is kept (UTC only: elsewhere an offset may
  // change at any second), and Date.UTC(…, s) is exactly that start + s × 1000.
  const utc = zone === 'UTC' || zone === 'Etc/UTC'
  if (utc && second <= 59 && lastMinute.matches(bytes, start)) {
    return lastMinute.ms + second * 1000 + frac
  }
  const year = digitBytesAt(bytes, start, 4)
  const month = digitBytesAt(bytes, start + 5, 2)
  const day = digitBytesAt(bytes, start + 8, 2)
  const hour = digitBytesAt(bytes, start + 11, 2)
  const minute = digitBytesAt(bytes, start + 14, 2)
  if ((year | month | day | hour | minute) < 0) return NaN
  const ms = localTimeMs(year, month, day, hour, minute, second, frac, zone)
  if (ms === undefined) return NaN
  if (utc && second <= 59)
    lastMinute.set(bytes, start, Date.UTC(year, month - 1, day, hour, minute))
  return ms
}

/** The `YYYY/MM/DD HH:MM` bytes of the last UTC timestamp read, and the ms of that minute's start. */
class MinuteCache {
  private readonly prefix = new Uint8Array(16)
  private valid = false
  ms = 0

  matches(bytes: Uint8Array, start: number): boolean {
    if (!this.valid) return false
    const prefix = this.prefix
    // The minute digits change most often: compare from the end.
    for (let i = 15; i >= 0; i--) if (bytes[start + i] !== prefix[i]) return false
    return true
  }

  set(bytes: Uint8Array, start: number, ms: number): void {
    for (let i = 0; i < 16; i++) this.prefix[i] = bytes[start + i]!
    this.ms = ms
    this.valid = true
  }
}

const lastMinute = new MinuteCache()
