/**
 * The byte path of the Eco2AI reader: the epoch rows of the run being read are summed in place
 * (cells split from the separator index, quoted cells by their closing quote; numbers from
 * bytes; start times by minute) with no string made. The string path (eco2ai.ts) reads the first
 * row of each run, every row that becomes its run's longest, and every row this path does not
 * fully understand (a doubled quote, a blank before a quote, an unusual number or time), and
 * reports it as before. The sums are made in the same order with the same operations.
 */
import { parseDecimalBytes } from '../../shared/decimal.js'
import { MinuteStamps } from '../../shared/minute-stamps.js'

const QUOTE = 0x22
const ZERO = 0x30
const SPACE = 0x20
const EPOCH = Array.from('epoch:', (c) => c.charCodeAt(0))

/** The columns the byte path reads (eco2ai.ts' Columns). */
export interface FastColumns {
  readonly count: number
  readonly energy: number
  readonly co2?: number
  readonly id?: number
  readonly epoch?: number
  readonly start?: number
  readonly duration?: number
}

/** What a run's sums need from one row (eco2ai.ts' RunSums.addValues). */
export interface FastSums {
  /** The duration of the run's longest row so far. */
  longestSeconds(): number
  addValues(
    energy: number,
    co2: number | undefined,
    seconds: number | undefined,
    startMs: number | undefined,
    epochMarked: boolean,
  ): void
}

export class EpochFastPath {
  /** Cell i is `bytes[from[i]..to[i])`, quotes removed. */
  private readonly from: Int32Array
  private readonly to: Int32Array
  private key = new Uint8Array(64)
  private keyLength = -1
  private run: FastSums | undefined
  /** Timestamps, their minute parsed once (`YYYY-MM-DD HH:MM` shapes only; others are NaN). */
  private readonly stamps: MinuteStamps

  constructor(
    private readonly cols: FastColumns,
    zone: string,
  ) {
    this.stamps = new MinuteStamps(zone, /^[\x21-\x7e]{10}[ T][\x21-\x7e]{5}$/)
    this.from = new Int32Array(cols.count)
    this.to = new Int32Array(cols.count)
  }

  /** Split the row into exactly `count` cells; false when it is not that simple. */
  private split(
    bytes: Uint8Array,
    start: number,
    end: number,
    seps: Int32Array,
    sepAt: number,
    sepCount: number,
  ): boolean {
    const count = this.cols.count
    /** The next separator to look at. */
    let j = 0
    let at = start
    for (let cell = 0; cell < count; cell++) {
      /** Where the cell ends: a separator, or the end of the line. */
      let stop: number
      if (at < end && bytes[at] === QUOTE) {
        const close = bytes.indexOf(QUOTE, at + 1)
        if (close === -1 || close >= end) return false
        while (j < sepCount && seps[sepAt + j]! < close) j++
        stop = j < sepCount ? seps[sepAt + j]! : end
        if (stop !== close + 1) return false
        this.from[cell] = at + 1
        this.to[cell] = close
      } else {
        // A blank then a quote would open a quoted part: the string path decides such cells.
        if (at < end && bytes[at]! <= SPACE) return false
        stop = j < sepCount ? seps[sepAt + j]! : end
        this.from[cell] = at
        this.to[cell] = stop
      }
      if (cell < count - 1) {
        if (j >= sepCount) return false // fewer cells than the header
        at = stop + 1
        j++
      } else if (j !== sepCount) return false // more cells than the header
    }
    return true
  }

  /** Sum a row of the current run in place; false when the string path must read it. */
  tryRow(
    bytes: Uint8Array,
    start: number,
    end: number,
    seps: Int32Array,
    sepAt: number,
    sepCount: number,
  ): boolean {
    const run = this.run
    const idColumn = this.cols.id
    if (run === undefined || idColumn === undefined || this.keyLength < 0) return false
    if (!this.split(bytes, start, end, seps, sepAt, sepCount)) return false
    const { from, to, cols } = this
    const ks = from[idColumn]!
    if (to[idColumn]! - ks !== this.keyLength) return false
    for (let i = 0; i < this.keyLength; i++) if (bytes[ks + i] !== this.key[i]) return false
    const energy = parseDecimalBytes(bytes, from[cols.energy]!, to[cols.energy]!)
    if (!(energy >= 0) || energy === Infinity) return false
    const seconds = cols.duration === undefined ? undefined : this.amount(bytes, cols.duration)
    if (Number.isNaN(seconds)) return false
    // This row would become the run's longest: the string path keeps it.
    if ((seconds ?? 0) >= run.longestSeconds()) return false
    const co2 = cols.co2 === undefined ? undefined : this.amount(bytes, cols.co2)
    if (Number.isNaN(co2)) return false
    let startMs: number | undefined
    if (cols.start !== undefined && to[cols.start]! > from[cols.start]!) {
      startMs = this.stamps.read(bytes, from[cols.start]!, to[cols.start]!)
      if (Number.isNaN(startMs)) return false
    }
    let marked = true
    if (cols.epoch !== undefined && to[cols.epoch]! > from[cols.epoch]!) {
      marked = this.epochMarked(bytes, from[cols.epoch]!, to[cols.epoch]!)
      if (!marked) return false
    }
    run.addValues(energy, co2, seconds, startMs, marked)
    return true
  }

  /**
   * After the string path read a row: `run` is the sums it was added to when it had an id (then
   * the rows after it with the same id may come this way), else undefined.
   */
  establish(
    bytes: Uint8Array,
    start: number,
    end: number,
    seps: Int32Array,
    sepAt: number,
    sepCount: number,
    run: FastSums | undefined,
  ): void {
    this.keyLength = -1
    this.run = undefined
    const idColumn = this.cols.id
    if (run === undefined || idColumn === undefined) return
    if (!this.split(bytes, start, end, seps, sepAt, sepCount)) return
    const ks = this.from[idColumn]!
    const ke = this.to[idColumn]!
    // An id as written with no blank around it (the string path trims; bytes compare raw).
    if (ke === ks || bytes[ks]! <= SPACE || bytes[ke - 1]! <= SPACE) return
    if (ke - ks > this.key.length) this.key = new Uint8Array(2 * (ke - ks))
    this.key.set(bytes.subarray(ks, ke))
    this.keyLength = ke - ks
    this.run = run
  }

  /** An empty cell (undefined) or a finite number ≥ 0; NaN for anything else. */
  private amount(bytes: Uint8Array, column: number): number | undefined {
    const a = this.from[column]!
    const b = this.to[column]!
    if (a === b) return undefined
    const v = parseDecimalBytes(bytes, a, b)
    return v >= 0 && v !== Infinity ? v : NaN
  }

  /** `epoch: N…` as Eco2AI writes it (lower case, the digit right after the blanks). */
  private epochMarked(bytes: Uint8Array, a: number, b: number): boolean {
    if (b - a < EPOCH.length + 1) return false
    for (let i = 0; i < EPOCH.length; i++) if (bytes[a + i] !== EPOCH[i]) return false
    let i = a + EPOCH.length
    while (i < b && (bytes[i] === SPACE || bytes[i] === 0x09)) i++
    const d = bytes[i]! - ZERO
    // The trimmed cell must not end in a blank the string path would trim differently: it
    // only tests the start, so any ending is fine.
    return i < b && d >= 0 && d <= 9
  }
}
