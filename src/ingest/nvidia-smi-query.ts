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
 */
import { ArtifactError } from '../core/errors.js'
import type { JobRecord } from '../core/types.js'
import { toIso } from './time.js'
import type { ArtifactInput, ReadOptions, ReadResult } from './types.js'
import {
  PowerIntegrator,
  Tally,
  describeModels,
  gapNote,
  jobNameFromFile,
  singleSampleNotice,
} from './power-integrator.js'
import { TimestampReader, parseWatts, sliceTrimmed, type LineParser } from './nvidia-smi-values.js'

export const QUERY_COMMAND =
  'nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv -l 1 -f power.csv'

/** Power columns, most preferred first; each with its aliases. */
const POWER_COLUMNS: readonly (readonly string[])[] = [
  ['power.draw.average', 'gpu.power.draw.average'],
  ['power.draw'],
  ['power.draw.instant', 'gpu.power.draw.instant'],
]
const KEY_COLUMNS = ['uuid', 'gpu_uuid', 'pci.bus_id', 'gpu_bus_id', 'index']
/** Query fields that, beside a power column, mark a header as nvidia-smi's. */
const QUERY_FIELDS = new Set(['timestamp', ...KEY_COLUMNS, 'name', 'gpu_name', 'pci.bus'])
const MASKED_UUID = 'GPU-00000000-0000-0000-0000-000000000000'
const TIMESTAMP_START = /^\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}/

/** Header cells → field names: trimmed, lower-cased, unit (` [W]`) removed. */
export function parseQueryHeader(text: string): string[] {
  return text.split(',').map((cell) => {
    const t = cell.trim().toLowerCase()
    const bracket = t.indexOf(' [')
    return bracket === -1 ? t : t.slice(0, bracket).trimEnd()
  })
}

/** Is this line a --query-gpu CSV header with a power column? */
export function isQueryHeader(text: string): boolean {
  if (!text.includes(',')) return false
  const names = parseQueryHeader(text)
  const hasPower = POWER_COLUMNS.some((aliases) => aliases.some((a) => names.includes(a)))
  return hasPower && (text.includes(' [W]') || names.some((n) => QUERY_FIELDS.has(n)))
}

export class QueryParser implements LineParser {
  private readonly integrator: PowerIntegrator
  private readonly timestamps: TimestampReader
  private width = 0
  private want = new Uint8Array(0)
  private readonly cells: string[] = []
  private tsCol = -1
  private nameCol = -1
  private keyCols: number[] = []
  private powerCols: number[] = []
  private readonly powerUsed: number[] = [0, 0, 0]
  private powerNames: string[] = []
  private readonly models = new Set<string>()
  private lastModel = ''
  private readonly devicesWithoutPower = new Set<string>()
  private readonly missing = new Tally()
  private readonly badWidth = new Tally()
  private firstMs = Infinity
  private lastTsCell = ''
  private positionInPoll = 0
  private readonly positionKeys: string[] = []
  private lastMs = -Infinity

  private readonly maxGapSeconds: number

  constructor(
    private readonly input: ArtifactInput,
    options: ReadOptions,
  ) {
    this.maxGapSeconds = options.maxGapSeconds
    this.integrator = new PowerIntegrator(input.path, options.maxGapSeconds)
    this.timestamps = new TimestampReader(options.timezone)
  }

  line(text: string, no: number): void {
    if (this.width === 0) {
      this.setHeader(text, no)
      return
    }
    if (text.length === 0 || sliceTrimmed(text, 0, text.length).length === 0) return
    const count = this.split(text)
    if (count !== this.width) {
      if (isQueryHeader(text)) {
        this.setHeader(text, no)
        return
      }
      this.badWidth.add(no)
      return
    }
    const tsCell = this.cells[this.tsCol]!
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
    if (tsCell === this.lastTsCell) this.positionInPoll++
    else {
      this.lastTsCell = tsCell
      this.positionInPoll = 0
    }
    const key = this.deviceKey()
    if (this.nameCol >= 0) {
      const model = this.cells[this.nameCol]!
      if (model !== this.lastModel) {
        this.lastModel = model
        if (model !== '' && model[0] !== '[') this.models.add(model)
      }
    }
    let watts: number | undefined
    for (let p = 0; p < this.powerCols.length; p++) {
      watts = parseWatts(this.cells[this.powerCols[p]!]!)
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
      const cell = this.cells[this.powerCols.find((c) => parseWatts(this.cells[c]!) !== undefined)!]
      throw new ArtifactError(
        this.input.path,
        no,
        watts < 0 ? `negative power "${cell}"` : `power "${cell}" is not a number of watts`,
      )
    }
    this.integrator.add(key, ms, watts, no)
  }

  private setHeader(text: string, no: number): void {
    const names = parseQueryHeader(text)
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
    const col = (...aliases: readonly string[]): number => {
      for (const a of aliases) {
        const i = names.indexOf(a)
        if (i !== -1) return i
      }
      return -1
    }
    this.tsCol = col('timestamp')
    if (this.tsCol === -1) {
      throw new ArtifactError(
        this.input.path,
        no,
        `has no timestamp column, so power cannot be integrated over time; log with ${QUERY_COMMAND}`,
      )
    }
    this.nameCol = col('name', 'gpu_name')
    this.keyCols = KEY_COLUMNS.map((k) => names.indexOf(k)).filter((i) => i !== -1)
    this.powerCols = []
    this.powerNames = []
    for (const aliases of POWER_COLUMNS) {
      const i = col(...aliases)
      if (i !== -1) {
        this.powerCols.push(i)
        this.powerNames.push(names[i]!)
      }
    }
    this.width = names.length
    this.want = new Uint8Array(this.width)
    for (const i of [this.tsCol, this.nameCol, ...this.keyCols, ...this.powerCols]) {
      if (i >= 0) this.want[i] = 1
    }
  }

  /** Split on commas into `cells`, keeping only the wanted columns; returns the field count. */
  private split(text: string): number {
    const want = this.want
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
    for (const c of this.keyCols) {
      const v = this.cells[c]!
      if (v !== '' && v !== MASKED_UUID && v[0] !== '[' && v !== 'N/A') return v
    }
    const n = this.positionInPoll
    return (this.positionKeys[n] ??= `#${n}`)
  }

  finish(): ReadResult {
    const path = this.input.path
    if (this.width === 0) throw new ArtifactError(path, undefined, 'is empty')
    const devices = this.integrator.results()
    if (devices.length === 0) {
      throw new ArtifactError(
        path,
        undefined,
        this.missing.count > 0
          ? `holds no power sample: all ${this.missing.count} were empty or [N/A]`
          : 'holds no samples (header only)',
      )
    }
    const notes: string[] = []
    if (this.integrator.gaps > 0) notes.push(gapNote(this.integrator.gaps, this.maxGapSeconds))
    const notices = [
      this.integrator.gapNotice(),
      this.missing.notice(
        path,
        'sample',
        'samples',
        'without a power value (empty or [N/A]) skipped',
      ),
      this.badWidth.notice(
        path,
        'row',
        'rows',
        `skipped: their field count differs from the header's (${this.width})`,
      ),
      singleSampleNotice(path, devices),
    ].filter((n) => n !== undefined)
    const used = this.powerNames.filter((_, p) => this.powerUsed[p]! > 0)
    notes.push(`power from ${used.join(', then ')}`)
    const keys = new Set(devices.map((d) => d.key))
    for (const k of this.devicesWithoutPower) keys.add(k)
    const job: JobRecord = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: 'nvidia-smi' },
      itEnergyKWh: devices.reduce((sum, d) => sum + d.kWh, 0),
      gpuCount: keys.size,
      gpuModel: describeModels(this.models),
      startedAt: toIso(this.firstMs),
      durationHours: (this.lastMs - this.firstMs) / 3_600_000,
      notes,
    }
    return { jobs: [job], notices }
  }
}
