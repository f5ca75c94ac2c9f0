/**
 * The fast path of the --query-gpu reader: reads a row from its bytes in place, given the offsets
 * of its commas (lines.ts: forEachRow). The timestamp is compared with the last row's (the rows of
 * one poll share it) and parsed only when it changes; GPU keys and models are matched against the
 * bytes of the ones seen before; watts are parsed from the digits of the preferred power cell. No
 * string is made unless a new GPU or model appears.
 *
 * It takes only rows it fully understands (the header's field count, a timestamp of nvidia-smi's
 * shape, power cells that are a plain number with or without `W`, empty, or `[N/A]`); for any
 * other row `read` returns false before changing anything, and the caller reads the row through
 * its string path, so the results are the same whichever path a row takes. Bytes that are not
 * ASCII need no check: a comma or a space is never part of a UTF-8 sequence, digits are ASCII,
 * and the keys and models that are kept as text are decoded as readLines decodes them.
 */
import { equalsAscii, skipSpaces, skipSpacesBack } from '../../shared/csv.js'
import { decodeLine } from '../../shared/lines.js'
import {
  ByteCell,
  NO_VALUE,
  isKeyCell,
  parseLocalTimestampBytes,
  readWatts,
  sameBytes,
  type KeyEntry,
} from './nvidia-smi-bytes.js'
import type { QueryColumns } from './nvidia-smi-query-header.js'

/** GPU keys remembered as bytes (a file has a few; beyond this, keys are decoded each time). */
const MAX_KEYS = 256
const W = 0x57
const SPACE = 0x20
/** As parseDecimal (csv.ts): digits an exact double holds, and 10^k. */
const MAX_DIGITS = 15
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k)

/** What the string path has seen last; the fast path reads it and its caller updates it. */
export interface QueryCursor {
  /** The timestamp cell of the last row counted (valid unless the fast path holds it as bytes). */
  lastTsCell: string
  lastTsMs: number
  positionInPoll: number
  lastModel: string
}

/** Where QueryFastPath.values keeps the row's time and watts. */
export const MS = 0
export const WATTS = 1

export class QueryFastPath {
  /**
   * The row read by the last successful `read`. Its time (epoch ms) and watts are in `values`
   * (MS, WATTS): numbers in a Float64Array are stored without allocating, unlike fields.
   */
  readonly values = new Float64Array(2)
  sameTs = false
  /** The GPU key from a key column; undefined when the row has none (keyed by position). */
  key: string | undefined
  /** The key's entry, when the key is remembered. */
  keyEntry: KeyEntry | undefined
  /** The name cell, when it differs from the cursor's lastModel; else undefined. */
  model: string | undefined
  /** Which power column gave the watts; -1 when none held a value. */
  powerIndex = -1

  /** The cursor's last timestamp and model, trimmed, and their cells as they stood. */
  private readonly ts = new ByteCell(32)
  private readonly tsRaw = new ByteCell(32)
  private readonly modelCell = new ByteCell(64)
  private readonly modelRaw = new ByteCell(64)
  private readonly keys: KeyEntry[] = []
  /** The key entry seen at each position of the last poll: the likely one this time. */
  private readonly keyAt = new Int32Array(MAX_KEYS).fill(-1)
  /** Trimmed bounds of the last cell found by `cell`. */
  private cellStart = 0
  private cellEnd = 0

  constructor(private readonly zone: string) {}

  /** The string path is about to read a row (and may change the cursor): drop the byte copies. */
  forget(): void {
    this.ts.length = -1
    this.tsRaw.length = -1
    this.modelCell.length = -1
    this.modelRaw.length = -1
  }

  /** The cursor's lastTsCell while the fast path holds it as bytes. */
  tsText(): string {
    return this.ts.text()
  }

  /**
   * Sets cellStart and cellEnd to the trimmed bounds of column `c` of the row `[start, end)` whose
   * separators are `seps[at..at + count)`.
   */
  private cell(
    bytes: Uint8Array,
    start: number,
    end: number,
    seps: Int32Array,
    at: number,
    count: number,
    c: number,
  ): void {
    const cellEnd = c === count ? end : seps[at + c]!
    const s = skipSpaces(bytes, c === 0 ? start : seps[at + c - 1]! + 1, cellEnd)
    this.cellStart = s
    this.cellEnd = skipSpacesBack(bytes, s, cellEnd)
  }

  /**
   * The common row, read with the least work: its GPU key and model cells are those of the GPU
   * at this position in the last poll and the model before (byte for byte, as they stand), its
   * timestamp is the last row's or starts a new poll, and its first power column holds a value.
   * Fills the same fields as `read`; false (nothing changed) when `read` must look at the row.
   */
  readCommon(
    view: DataView,
    bytes: Uint8Array,
    start: number,
    end: number,
    seps: Int32Array,
    at: number,
    count: number,
    cols: QueryColumns,
    cursor: QueryCursor,
  ): boolean {
    if (count < 0 || count + 1 !== cols.width || cols.keyCols.length === 0) return false
    let position = cursor.positionInPoll + 1
    // The cells as they stand, compared with those seen (written out: this runs for every row).
    const tsCol = cols.tsCol
    const tsRawStart = tsCol === 0 ? start : seps[at + tsCol - 1]! + 1
    const tsRawEnd = tsCol === count ? end : seps[at + tsCol]!
    let tsStart = 0
    let tsEnd = 0
    if (!sameBytes(this.tsRaw, view, tsRawStart, tsRawEnd)) {
      // A new poll: a timestamp other than the cursor's (held as bytes), of nvidia-smi's shape.
      if (this.ts.length < 0) return false
      this.cell(bytes, start, end, seps, at, count, tsCol)
      tsStart = this.cellStart
      tsEnd = this.cellEnd
      if (tsStart === tsEnd || this.ts.equals(view, tsStart, tsEnd)) return false
      const ms = parseLocalTimestampBytes(bytes, tsStart, tsEnd, this.zone)
      if (Number.isNaN(ms)) return false
      this.values[MS] = ms
      position = 0
    }
    if (position >= MAX_KEYS) return false
    const guess = this.keyAt[position]!
    if (guess < 0) return false
    const entry = this.keys[guess]!
    const keyCol = cols.keyCols[0]!
    const keyStart = keyCol === 0 ? start : seps[at + keyCol - 1]! + 1
    if (!sameBytes(entry.raw, view, keyStart, keyCol === count ? end : seps[at + keyCol]!))
      return false
    const nameCol = cols.nameCol
    if (nameCol >= 0) {
      const nameStart = nameCol === 0 ? start : seps[at + nameCol - 1]! + 1
      const nameEnd = nameCol === count ? end : seps[at + nameCol]!
      if (!sameBytes(this.modelRaw, view, nameStart, nameEnd)) return false
    }
    // The first power column: a plain number with or without `W` (else `read` looks at it).
    const powerCol = cols.powerCols[0]!
    let i = powerCol === 0 ? start : seps[at + powerCol - 1]! + 1
    let cellEnd = powerCol === count ? end : seps[at + powerCol]!
    while (i < cellEnd && bytes[i]! <= SPACE) i++
    while (cellEnd > i && bytes[cellEnd - 1]! <= SPACE) cellEnd--
    let mantissa = 0
    let digits = 0
    let fraction = -1
    for (const first = i; i < cellEnd; i++) {
      const d = bytes[i]! - 0x30
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d
        digits++
        if (fraction >= 0) fraction++
      } else if (d === -2 && fraction < 0 && i > first) fraction = 0
      else break
    }
    if (i < cellEnd) {
      while (i < cellEnd && bytes[i] === SPACE) i++
      if (i !== cellEnd - 1 || bytes[i] !== W) return false
    }
    if (digits === 0 || digits > MAX_DIGITS) return false
    this.values[WATTS] = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction]! : mantissa
    const same = tsEnd === tsStart
    if (same) this.values[MS] = cursor.lastTsMs
    else {
      this.ts.set(bytes, tsStart, tsEnd)
      this.tsRaw.set(bytes, tsRawStart, tsRawEnd)
    }
    this.sameTs = same
    this.key = entry.key
    this.keyEntry = entry
    this.model = undefined
    this.powerIndex = 0
    return true
  }

  /**
   * Read the row `bytes[start..end)`, whose separators are `seps[at..at + count)`, into this
   * object's fields; false (and nothing changed) when the string path must read it.
   */
  read(
    bytes: Uint8Array,
    view: DataView,
    start: number,
    end: number,
    seps: Int32Array,
    at: number,
    count: number,
    cols: QueryColumns,
    cursor: QueryCursor,
  ): boolean {
    if (count < 0 || count + 1 !== cols.width) return false
    // Each cell is first compared as it stands (spaces included) with the same cell of an
    // earlier row; only when that fails is it trimmed and compared as the string path would.
    const tsCol = cols.tsCol
    const tsRawStart = tsCol === 0 ? start : seps[at + tsCol - 1]! + 1
    const tsRawEnd = tsCol === count ? end : seps[at + tsCol]!
    let same = this.tsRaw.equals(view, tsRawStart, tsRawEnd)
    let tsStart = 0
    let tsEnd = 0
    let ms = cursor.lastTsMs
    if (!same) {
      this.cell(bytes, start, end, seps, at, count, tsCol)
      tsStart = this.cellStart
      tsEnd = this.cellEnd
      if (tsStart === tsEnd) return false
      same =
        this.ts.length >= 0
          ? this.ts.equals(view, tsStart, tsEnd)
          : equalsAscii(bytes, tsStart, tsEnd, cursor.lastTsCell)
      if (!same) ms = parseLocalTimestampBytes(bytes, tsStart, tsEnd, this.zone)
      if (Number.isNaN(ms)) return false
    }

    const powerCols = cols.powerCols
    let watts = NO_VALUE
    let p = 0
    for (; p < powerCols.length; p++) {
      this.cell(bytes, start, end, seps, at, count, powerCols[p]!)
      const w = readWatts(bytes, this.cellStart, this.cellEnd)
      if (Number.isNaN(w)) return false
      if (w !== NO_VALUE) {
        watts = w
        break
      }
    }

    // Everything is understood: from here on the row is read.
    if (tsEnd > tsStart) {
      // The timestamp was trimmed: keep it, and its cell as it stands, for the next rows.
      if (!same || this.ts.length < 0) this.ts.set(bytes, tsStart, tsEnd)
      this.tsRaw.set(bytes, tsRawStart, tsRawEnd)
    }
    const position = same ? cursor.positionInPoll + 1 : 0
    let entry: KeyEntry | undefined
    let key: string | undefined
    const keyCols = cols.keyCols
    for (let k = 0; k < keyCols.length; k++) {
      const c = keyCols[k]!
      const rawStart = c === 0 ? start : seps[at + c - 1]! + 1
      const rawEnd = c === count ? end : seps[at + c]!
      // Most rows are the GPU at the same position as in the last poll.
      const guess = k === 0 && position < MAX_KEYS ? this.keyAt[position]! : -1
      if (guess >= 0 && this.keys[guess]!.raw.equals(view, rawStart, rawEnd)) {
        entry = this.keys[guess]
        key = entry!.key
        break
      }
      this.cell(bytes, start, end, seps, at, count, c)
      entry = this.keyFor(bytes, view, this.cellStart, this.cellEnd, position)
      if (entry !== undefined) {
        entry.raw.set(bytes, rawStart, rawEnd)
        key = entry.key
        break
      }
      key = this.keyText(bytes, this.cellStart, this.cellEnd)
      if (key !== undefined) break
    }
    let model: string | undefined
    const nameCol = cols.nameCol
    if (nameCol >= 0) {
      const rawStart = nameCol === 0 ? start : seps[at + nameCol - 1]! + 1
      const rawEnd = nameCol === count ? end : seps[at + nameCol]!
      if (!this.modelRaw.equals(view, rawStart, rawEnd)) {
        this.cell(bytes, start, end, seps, at, count, nameCol)
        const s = this.cellStart
        const e = this.cellEnd
        const cached = this.modelCell.length >= 0
        if (
          cached ? !this.modelCell.equals(view, s, e) : !equalsAscii(bytes, s, e, cursor.lastModel)
        ) {
          model = decodeLine(bytes, s, e)
          this.modelCell.set(bytes, s, e)
        } else if (!cached) this.modelCell.set(bytes, s, e)
        this.modelRaw.set(bytes, rawStart, rawEnd)
      }
    }
    this.values[MS] = ms
    this.sameTs = same
    this.key = key
    this.keyEntry = entry
    this.model = model
    this.values[WATTS] = watts
    this.powerIndex = watts === NO_VALUE ? -1 : p
    return true
  }

  /** The entry of the GPU key `bytes[start..end)`; a new entry when there is room. */
  private keyFor(
    bytes: Uint8Array,
    view: DataView,
    start: number,
    end: number,
    position: number,
  ): KeyEntry | undefined {
    const keys = this.keys
    for (let i = 0; i < keys.length; i++) {
      if (keys[i]!.cell.equals(view, start, end)) {
        if (position < MAX_KEYS) this.keyAt[position] = i
        return keys[i]
      }
    }
    if (keys.length >= MAX_KEYS) return undefined
    const key = this.keyText(bytes, start, end)
    if (key === undefined) return undefined
    const cell = new ByteCell(end - start)
    cell.set(bytes, start, end)
    if (position < MAX_KEYS) this.keyAt[position] = keys.length
    const entry: KeyEntry = { cell, raw: new ByteCell(end - start + 8), key, device: undefined }
    keys.push(entry)
    return entry
  }

  /**
   * The text of a key cell (decoded as readLines decodes, so the strings are the string path's),
   * or undefined when it names no GPU (empty, masked, a null spelling).
   */
  private keyText(bytes: Uint8Array, start: number, end: number): string | undefined {
    return isKeyCell(bytes, start, end) ? decodeLine(bytes, start, end) : undefined
  }
}
