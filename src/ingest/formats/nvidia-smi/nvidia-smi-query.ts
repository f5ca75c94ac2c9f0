/**
 * `nvidia-smi --query-gpu=timestamp,index,name,power.draw,… --format=csv[,nounits] -l 1` logs.
 *
 * One row is one GPU at one poll; the separator is `, `; header cells carry units
 * (`power.draw [W]`); columns are found by name in any order, extra columns are ignored.
 * Power: `power.draw.average` > `power.draw` > `power.draw.instant` (and the `gpu.` aliases),
 * per row the first one that holds a value. A GPU is keyed by its uuid (unless masked), else its
 * PCI bus id, else its index, else its position among the rows of its poll (nvidia-smi lists
 * GPUs in the same order at every poll). Energy per GPU is the trapezoid integral of its
 * samples (power-integrator.ts); the job's duration is the first to the last timestamp.
 *
 * Rows come as bytes (`row`): the fast path (nvidia-smi-query-fast.ts) reads those it fully
 * understands in place, and hands every other one to the string path (`line`), which decodes and
 * splits it. Both keep the same state (the cursor), so the results do not depend on the path.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { EnergyProfile } from '../../../core/types.js'
import { decodeLine } from '../../shared/lines.js'
import { MS, QueryFastPath, WATTS, type QueryCursor } from './nvidia-smi-query-fast.js'
import {
  MASKED_UUID,
  QUERY_COMMAND,
  indexQueryColumns,
  isQueryHeader,
  type QueryColumns,
} from './nvidia-smi-query-header.js'
import type { ArtifactInput, ReadOptions, ReadResult } from '../../types.js'
import { Tally } from '../../shared/power-integrator.js'
import { SmiIntegrator, type DeviceWords, type SmiDevice } from './nvidia-smi-energy.js'
import { finishQuery, type QuerySummary } from './nvidia-smi-query-summary.js'
import {
  TimestampReader,
  parseWatts,
  sliceTrimmed,
  type LineParser,
} from '../../shared/power-cells.js'

export { QUERY_COMMAND, isQueryHeader, parseQueryHeader } from './nvidia-smi-query-header.js'

const TIMESTAMP_START = /^\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}/
const NO_COLUMNS: QueryColumns = {
  width: 0,
  tsCol: -1,
  nameCol: -1,
  keyCols: [],
  powerCols: [],
  powerNames: [],
  want: new Uint8Array(0),
}

export interface QueryParserOptions {
  /** Read every row through the string path (the fast path is checked against it in tests). */
  readonly stringPathOnly?: boolean
  /** Where the GPUs' numbers go (the WebAssembly kernel's memory), when not in their own arrays. */
  readonly deviceWords?: DeviceWords
}

export class QueryParser implements LineParser {
  private readonly integrator: SmiIntegrator
  private readonly timestamps: TimestampReader
  private cols = NO_COLUMNS
  private readonly cells: string[] = []
  private readonly powerUsed: number[] = [0, 0, 0]
  private readonly models = new Set<string>()
  private readonly devicesWithoutPower = new Set<string>()
  private readonly missing = new Tally()
  private readonly badWidth = new Tally()
  private firstMs = Infinity
  private lastMs = -Infinity
  private readonly cursor: QueryCursor = {
    lastTsCell: '',
    lastTsMs: 0,
    positionInPoll: 0,
    lastModel: '',
  }
  private readonly positionKeys: string[] = []
  /** The fast path, unless every row goes through the string path. */
  private readonly fast: QueryFastPath | undefined
  /** The cursor's lastTsCell is held as bytes by the fast path (the text is made on demand). */
  private tsInBytes = false

  private readonly maxGapSeconds: number
  /** Header lines read (the first one included). */
  private headerLines = 0

  private readonly keepProfile: boolean

  constructor(
    private readonly input: ArtifactInput,
    options: ReadOptions,
    parserOptions: QueryParserOptions = {},
  ) {
    this.maxGapSeconds = options.maxGapSeconds
    this.keepProfile = options.energyProfile === true
    this.integrator = new SmiIntegrator(
      input.path,
      options.maxGapSeconds,
      parserOptions.deviceWords,
      options.timezone,
      this.keepProfile,
    )
    this.timestamps = new TimestampReader(options.timezone)
    this.fast = parserOptions.stringPathOnly ? undefined : new QueryFastPath(options.timezone)
  }

  /**
   * One line as bytes, with the offsets of its commas (lines.ts: RowHandler): the fast path when it
   * understands the row, else the string path.
   */
  row(
    bytes: Uint8Array,
    view: DataView,
    start: number,
    end: number,
    seps: Int32Array,
    sepAt: number,
    count: number,
    no: number,
  ): void {
    const fast = this.fast
    if (fast !== undefined) {
      const cols = this.cols
      if (fast.readCommon(view, bytes, start, end, seps, sepAt, count, cols, this.cursor)) {
        this.countCommon(fast, no)
        return
      }
      if (
        cols.width > 0 &&
        fast.read(bytes, view, start, end, seps, sepAt, count, cols, this.cursor)
      ) {
        this.countFast(fast, no)
        return
      }
      if (this.tsInBytes) {
        this.cursor.lastTsCell = fast.tsText()
        this.tsInBytes = false
      }
      fast.forget()
    }
    this.line(decodeLine(bytes, start, end), no)
  }

  /**
   * The row readCommon has read (a GPU seen at this position, no new model, watts from the first
   * power column): countFast's steps, with the sample added in place when it is the common one.
   */
  private countCommon(fast: QueryFastPath, no: number): void {
    const values = fast.values
    const ms = values[MS]!
    const cursor = this.cursor
    if (ms < this.firstMs) this.firstMs = ms
    if (ms > this.lastMs) this.lastMs = ms
    if (fast.sameTs) cursor.positionInPoll++
    else {
      cursor.lastTsMs = ms
      cursor.positionInPoll = 0
      this.tsInBytes = true
    }
    this.powerUsed[0]!++
    const entry = fast.keyEntry!
    const device = entry.device as SmiDevice | undefined
    if (device !== undefined && this.integrator.addCommon(device, values)) return
    entry.device = this.integrator.addKept(device, entry.key, ms, values[WATTS]!, no)
  }

  /** The row the fast path has read: the same steps as `line`'s. */
  private countFast(fast: QueryFastPath, no: number): void {
    const ms = fast.values[MS]!
    const cursor = this.cursor
    if (ms < this.firstMs) this.firstMs = ms
    if (ms > this.lastMs) this.lastMs = ms
    if (fast.sameTs) cursor.positionInPoll++
    else {
      cursor.lastTsMs = ms
      cursor.positionInPoll = 0
      this.tsInBytes = true
    }
    const key = fast.key ?? this.positionKey(cursor.positionInPoll)
    if (fast.model !== undefined) this.seeModel(fast.model)
    if (fast.powerIndex < 0) {
      this.missing.add(no)
      this.devicesWithoutPower.add(key)
      return
    }
    this.powerUsed[fast.powerIndex]!++
    const entry = fast.keyEntry
    const watts = fast.values[WATTS]!
    if (entry === undefined) this.integrator.add(key, ms, watts, no)
    else {
      entry.device = this.integrator.addKept(
        entry.device as SmiDevice | undefined,
        key,
        ms,
        watts,
        no,
      )
    }
  }

  line(text: string, no: number): void {
    if (this.cols.width === 0) {
      this.setHeader(text, no)
      return
    }
    if (text.length === 0 || sliceTrimmed(text, 0, text.length).length === 0) return
    const count = this.split(text)
    if (count !== this.cols.width) {
      if (isQueryHeader(text)) {
        this.setHeader(text, no)
        return
      }
      this.badWidth.add(no)
      return
    }
    const { tsCol, nameCol, powerCols } = this.cols
    const tsCell = this.cells[tsCol]!
    const ms = this.timestamps.read(tsCell)
    if (ms === undefined) {
      if (isQueryHeader(text)) {
        this.setHeader(text, no)
        return
      }
      throw new ArtifactError(
        this.input.path,
        no,
        `timestamp "${tsCell}" does not parse (expected YYYY/MM/DD HH:MM:SS.mmm)`,
      )
    }
    if (ms < this.firstMs) this.firstMs = ms
    if (ms > this.lastMs) this.lastMs = ms
    const cursor = this.cursor
    if (tsCell === cursor.lastTsCell) cursor.positionInPoll++
    else {
      cursor.lastTsCell = tsCell
      cursor.lastTsMs = ms
      cursor.positionInPoll = 0
    }
    const key = this.deviceKey()
    if (nameCol >= 0) {
      const model = this.cells[nameCol]!
      if (model !== cursor.lastModel) this.seeModel(model)
    }
    let watts: number | undefined
    for (let p = 0; p < powerCols.length; p++) {
      watts = parseWatts(this.cells[powerCols[p]!]!)
      if (watts !== undefined) {
        this.powerUsed[p]!++
        break
      }
    }
    if (watts === undefined) {
      this.missing.add(no)
      this.devicesWithoutPower.add(key)
      return
    }
    if (!(watts >= 0) || watts === Infinity) {
      const cell = this.cells[powerCols.find((c) => parseWatts(this.cells[c]!) !== undefined)!]
      throw new ArtifactError(
        this.input.path,
        no,
        watts < 0 ? `negative power "${cell}"` : `power "${cell}" is not a number of watts`,
      )
    }
    this.integrator.add(key, ms, watts, no)
  }

  private seeModel(model: string): void {
    this.cursor.lastModel = model
    if (model !== '' && model[0] !== '[') this.models.add(model)
  }

  private setHeader(text: string, no: number): void {
    if (!isQueryHeader(text)) {
      const noheader = TIMESTAMP_START.test(text.trim())
      throw new ArtifactError(
        this.input.path,
        no,
        noheader
          ? `has no header line (written with --format=csv,noheader?): keep the header so that columns can be found by name, e.g. ${QUERY_COMMAND}`
          : `is not an nvidia-smi --query-gpu CSV log with a power.draw column; log with ${QUERY_COMMAND}`,
      )
    }
    const cols = indexQueryColumns(text)
    if (cols.tsCol === -1) {
      throw new ArtifactError(
        this.input.path,
        no,
        `has no timestamp column, so power cannot be integrated over time; log with ${QUERY_COMMAND}`,
      )
    }
    this.cols = cols
    this.headerLines++
  }

  /** Split on commas into `cells`, keeping only the wanted columns; returns the field count. */
  private split(text: string): number {
    const want = this.cols.want
    let start = 0
    let i = 0
    for (;;) {
      const comma = text.indexOf(',', start)
      const end = comma === -1 ? text.length : comma
      if (i < want.length && want[i] === 1) this.cells[i] = sliceTrimmed(text, start, end)
      i++
      if (comma === -1) return i
      start = comma + 1
    }
  }

  private deviceKey(): string {
    for (const c of this.cols.keyCols) {
      const v = this.cells[c]!
      if (v !== '' && v !== MASKED_UUID && v[0] !== '[' && v !== 'N/A') return v
    }
    return this.positionKey(this.cursor.positionInPoll)
  }

  private positionKey(n: number): string {
    return (this.positionKeys[n] ??= `#${n}`)
  }

  /** What the rows read so far add up to (`lines`: the lines read, for a piece of a log). */
  summary(lines = 0): QuerySummary {
    return {
      width: this.cols.width,
      powerNames: this.cols.powerNames,
      headerLines: this.headerLines,
      lines,
      devices: this.integrator.summaries(),
      gaps: this.integrator.gaps(),
      missing: { count: this.missing.count, firstLine: this.missing.firstLine },
      badWidth: { count: this.badWidth.count, firstLine: this.badWidth.firstLine },
      powerUsed: [...this.powerUsed],
      models: [...this.models],
      devicesWithoutPower: [...this.devicesWithoutPower],
      ...this.span(),
      ...(this.keepProfile ? profileOf(this.integrator.profile()) : {}),
    }
  }

  /**
   * First and last sample: across the autumn clock change (samples moved to the second reading
   * of the repeated hour) the integrator's per-GPU times are the ordered ones.
   */
  private span(): { firstMs: number; lastMs: number } {
    if (this.integrator.shifted === 0) return { firstMs: this.firstMs, lastMs: this.lastMs }
    let firstMs = Infinity
    let lastMs = -Infinity
    for (const d of this.integrator.summaries()) {
      firstMs = Math.min(firstMs, d.firstMs)
      lastMs = Math.max(lastMs, d.lastMs)
    }
    return { firstMs, lastMs }
  }

  finish(): ReadResult {
    return finishQuery(this.input, this.maxGapSeconds, this.summary())
  }
}

function profileOf(profile: EnergyProfile | undefined): { profile?: EnergyProfile } {
  return profile === undefined ? {} : { profile }
}
