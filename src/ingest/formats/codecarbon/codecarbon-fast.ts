/**
 * The byte path of the CodeCarbon reader: the flushes of one run follow one another, and only the
 * last one becomes the job, so a row of the run being read is checked in place (its numbers read
 * from bytes, its timestamp from a per-minute cache, no string made) and kept as bytes; the
 * string path (codecarbon.ts) parses only the first row of each run, the run's last row (when
 * the next run starts, or at the end), and any row this path does not fully understand. The
 * checks are the string path's (codecarbon-row.ts): every row's energy, duration, emissions,
 * water and wue a finite number ≥ 0, its timestamp parseable, its run moving forward; a row that
 * fails one goes to the string path, which reports it exactly as before.
 */
import type { Columns } from './codecarbon-columns.js'
import type { Row } from './codecarbon-row.js'
import { parseDecimalBytes } from '../../shared/decimal.js'
import { MinuteStamps } from '../../shared/minute-stamps.js'

/** A value read in place: a number, `undefined` for an empty cell, NaN for "ask the string path". */
type Cell = number | undefined

export class FlushFastPath {
  /** The run being read: its key cell's bytes (as written), or -1 when there is none. */
  private key = new Uint8Array(64)
  private keyLength = -1
  /** The latest row of that run: its energy, duration and end (what the next must not undercut). */
  private energy = 0
  private duration: number | undefined
  private endMs: number | undefined
  /** That row's bytes when it came this way (not parsed yet), with its line number. */
  private pending = new Uint8Array(1024)
  private pendingLength = -1
  private pendingNo = 0
  /** Timestamps, their minute parsed once (only ASCII minutes parse; anything else is NaN). */
  private readonly stamps: MinuteStamps
  private readonly keyColumn: number | undefined
  private readonly fields: number

  constructor(
    private readonly columns: Columns,
    zone: string,
  ) {
    this.stamps = new MinuteStamps(zone, /^[\x20-\x7e]+$/)
    // Task rows are deltas, one job each: nothing to skip.
    this.keyColumn =
      columns.taskName !== undefined ? undefined : (columns.runId ?? columns.experimentId)
    this.fields = columns.count
  }

  /**
   * Take a row of the current run in place; false when the string path must read it (call
   * `flush` first, then `establish` with what the string path made of it).
   */
  tryRow(
    bytes: Uint8Array,
    start: number,
    end: number,
    seps: Int32Array,
    sepAt: number,
    sepCount: number,
    no: number,
  ): boolean {
    const k = this.keyColumn
    if (k === undefined || this.keyLength < 0 || sepCount !== this.fields - 1) return false
    const cellStart = (i: number): number => (i === 0 ? start : seps[sepAt + i - 1]! + 1)
    const cellEnd = (i: number): number => (i === sepCount ? end : seps[sepAt + i]!)
    // Same run?
    const ks = cellStart(k)
    if (cellEnd(k) - ks !== this.keyLength) return false
    for (let i = 0; i < this.keyLength; i++) if (bytes[ks + i] !== this.key[i]) return false
    const c = this.columns
    const energy = parseDecimalBytes(bytes, cellStart(c.energy), cellEnd(c.energy))
    if (!(energy >= this.energy) || energy === Infinity) return false
    const duration = amount(bytes, cellStart(c.duration), cellEnd(c.duration))
    if (Number.isNaN(duration)) return false
    if (duration !== undefined && this.duration !== undefined && duration < this.duration) {
      return false
    }
    if (Number.isNaN(amount(bytes, cellStart(c.emissions), cellEnd(c.emissions)))) return false
    if (c.waterConsumed !== undefined) {
      if (Number.isNaN(amount(bytes, cellStart(c.waterConsumed), cellEnd(c.waterConsumed)))) {
        return false
      }
    }
    if (c.wue !== undefined && Number.isNaN(amount(bytes, cellStart(c.wue), cellEnd(c.wue)))) {
      return false
    }
    let endMs: number | undefined
    if (c.timestamp !== undefined) {
      const ts = cellStart(c.timestamp)
      const te = cellEnd(c.timestamp)
      if (te > ts) {
        endMs = this.stamps.read(bytes, ts, te)
        if (Number.isNaN(endMs)) return false
        // The string path allows a step back of a DST shift; here time only moves forward, so
        // the run's rows stay in order whichever of them the string path compares later.
        if (this.endMs !== undefined && endMs < this.endMs) return false
      }
    }
    if (c.timestamp !== undefined && (endMs === undefined) !== (this.endMs === undefined)) {
      return false
    }
    this.energy = energy
    this.duration = duration
    this.endMs = endMs
    const length = end - start
    if (length > this.pending.length)
      this.pending = new Uint8Array(Math.max(length, 2 * this.pending.length))
    this.pending.set(bytes.subarray(start, end))
    this.pendingLength = length
    this.pendingNo = no
    return true
  }

  /** The kept row for the string path (the run's last so far), once; undefined when none. */
  flush(): { bytes: Uint8Array; length: number; no: number } | undefined {
    if (this.pendingLength < 0) return undefined
    const length = this.pendingLength
    this.pendingLength = -1
    return { bytes: this.pending, length, no: this.pendingNo }
  }

  /**
   * After the string path read a row: `row` when it became the last row of a keyed run (then the
   * rows after it may come this way), else undefined.
   */
  establish(
    bytes: Uint8Array,
    start: number,
    end: number,
    seps: Int32Array,
    sepAt: number,
    sepCount: number,
    row: Row | undefined,
  ): void {
    this.keyLength = -1
    const k = this.keyColumn
    if (row === undefined || k === undefined || sepCount !== this.fields - 1) return
    const ks = k === 0 ? start : seps[sepAt + k - 1]! + 1
    const ke = k === sepCount ? end : seps[sepAt + k]!
    if (ke - ks > this.key.length) this.key = new Uint8Array(2 * (ke - ks))
    this.key.set(bytes.subarray(ks, ke))
    this.keyLength = ke - ks
    this.energy = row.energyKWh
    this.duration = row.durationS
    this.endMs = row.endMs
  }
}

/** A cell that must be empty or a finite number ≥ 0 (NaN when it is something else). */
function amount(bytes: Uint8Array, start: number, end: number): Cell {
  if (end === start) return undefined
  const v = parseDecimalBytes(bytes, start, end)
  return v >= 0 && v !== Infinity ? v : NaN
}
