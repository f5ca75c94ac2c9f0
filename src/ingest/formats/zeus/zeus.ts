/**
 * Zeus (ml-energy/zeus) files. One job per file, named after the file.
 *
 * ZeusMonitor `log_file` CSV, `start_time,window_name,elapsed_time,gpu0_energy,…`: one row per
 * measurement window, energy in J per GPU. The window name is not quoted and may hold commas, so
 * a row is read from both ends: the last N fields are the N `gpuK_energy` columns, the field
 * before them is `elapsed_time`, the first is `start_time`, everything between is the name.
 * `start_time` ≥ 1e9 is Unix epoch seconds (Zeus ≥ 0.7); below, it is `time.monotonic()` and the
 * job has no wall-clock start.
 *
 * What is counted: windows can nest or overlap (an `epoch` window around `step` windows), so
 * their energies are not summed blindly. The counted set is the outermost windows: a window is
 * added when it overlaps no counted window; a window that lies inside a counted one is not
 * added; a window that encloses counted ones replaces them (inner windows are logged first, as
 * they end first). A window that overlaps a counted one without either enclosing the other is
 * not added (the earlier-logged one is kept). The counted windows are disjoint, so the job's
 * duration is the sum of their `elapsed_time` and its energy the sum of their energies; one
 * Notice says how many windows were not added. Time between counted windows is not covered.
 *
 * Legacy C++ `zeus_monitor` (Zeus ≤ 0.6) `Time,Power` files: `2022-07-13 02:07:36.708783111,32402`,
 * local time, power in mW of one GPU: integrated with the trapezoid (power-integrator.ts).
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import { duplicateColumnMessage, findDuplicateColumn } from '../../shared/csv.js'
import { decodeLine, forEachRow } from '../../shared/lines.js'
import { parseDecimalBytes } from '../../shared/decimal.js'
import { parseLocalTimestamp, parseWatts, type LineParser } from '../../shared/power-cells.js'
import {
  PowerIntegrator,
  Tally,
  gapNote,
  jobNameFromFile,
  singleSampleNotice,
} from '../../shared/power-integrator.js'
import { profileField } from '../../shared/energy-profile.js'
import { toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'

const WINDOW_HEADER = 'start_time,window_name,elapsed_time,'
const MAX_START_S = 7_258_118_400 // 2200-01-01
const MAX_ELAPSED_S = 3.6e9 // 1 M hours
const GPU_ENERGY = /^gpu\d+_energy$/
/** Windows closer than this (s) are taken as touching, not overlapping. */
const EPSILON_S = 1e-3
const EPOCH_MIN_S = 1e9
const COMMA = 0x2c

function firstLine(head: string): string {
  for (const line of head.split('\n', 20)) if (line.trim() !== '') return line.trim()
  return ''
}

/** The number of `gpuK_energy` columns of a window-log header, or 0 when it is not one. */
function windowGpuCount(header: string): number {
  const h = header.replace(/\s+/g, '')
  if (!h.startsWith(WINDOW_HEADER)) return 0
  const rest = h.slice(WINDOW_HEADER.length).split(',')
  return rest.every((c) => GPU_ENERGY.test(c)) ? rest.length : 0
}

function isLegacyHeader(header: string): boolean {
  return header.replace(/\s+/g, '') === 'Time,Power'
}

export const zeusReader: Reader = {
  format: 'zeus',
  describes:
    'ZeusMonitor log_file CSV (start_time,window_name,elapsed_time,gpuK_energy) or zeus_monitor Time,Power',
  detect(_name, head) {
    const line = firstLine(head)
    return windowGpuCount(line) > 0 || isLegacyHeader(line)
  },
  read: (input, options) => readZeus(input, options),
}

/** The reader; `bytePath: false` reads every row as text (the reference the tests compare). */
export async function readZeus(
  input: ArtifactInput,
  options: ReadOptions,
  choice: { readonly bytePath: boolean } = { bytePath: true },
): Promise<ReadResult> {
  let parser: LineParser | undefined
  let windows: WindowParser | undefined
  await forEachRow(
    input.chunks(),
    COMMA,
    COMMA,
    (bytes, _view, start, end, seps, sepAt, sepCount, no) => {
      if (windows?.row(bytes, start, end, seps, sepAt, sepCount, no) === true) return
      const text = decodeLine(bytes, start, end)
      if (parser !== undefined) {
        parser.line(text, no)
        return
      }
      if (text.trim() === '') return
      const gpus = windowGpuCount(text)
      const duplicate = gpus > 0 ? findDuplicateColumn(text.split(','), () => true) : undefined
      if (duplicate) throw new ArtifactError(input.path, no, duplicateColumnMessage(duplicate))
      if (gpus > 0) {
        const window = new WindowParser(input, gpus)
        parser = window
        if (choice.bytePath) windows = window
      } else if (isLegacyHeader(text)) parser = new LegacyParser(input, options)
      else throw new ArtifactError(input.path, no, 'is not a Zeus log: unexpected header')
    },
    options.onProgress,
  )
  if (parser === undefined) throw new ArtifactError(input.path, undefined, 'is empty')
  return parser.finish()
}

/** A growable list of numbers in a Float64Array (for WindowParser's windows). */
class DoubleList {
  private values = new Float64Array(1024)
  length = 0

  get(i: number): number {
    return this.values[i]!
  }

  push(v: number): void {
    this.room(1)
    this.values[this.length++] = v
  }

  /** Array.prototype.splice(at, count, v): the `count` values from `at` become `v`. */
  replace(at: number, count: number, v: number): void {
    this.room(1)
    this.values.copyWithin(at + 1, at + count, this.length)
    this.values[at] = v
    this.length += 1 - count
  }

  private room(n: number): void {
    if (this.length + n <= this.values.length) return
    const grown = new Float64Array(this.values.length * 2)
    grown.set(this.values.subarray(0, this.length))
    this.values = grown
  }
}

class WindowParser implements LineParser {
  // The counted windows: disjoint, sorted by start (so also by end). Seconds and joules.
  // In typed arrays: a long log has many windows, and nothing is allocated per window.
  private readonly starts = new DoubleList()
  private readonly ends = new DoubleList()
  private readonly joules = new DoubleList()
  private readonly seconds = new DoubleList()
  private windows = 0
  private readonly nested = new Tally()
  private readonly overlapping = new Tally()
  private readonly short = new Tally()

  constructor(
    private readonly input: ArtifactInput,
    private readonly gpus: number,
  ) {}

  line(text: string, no: number): void {
    if (text.trim() === '') return
    const fields = text.split(',')
    const n = fields.length
    if (n < this.gpus + 3) {
      this.short.add(no)
      return
    }
    const start = this.number(fields[0]!, 'start_time', no)
    const elapsed = this.number(fields[n - this.gpus - 1]!, 'elapsed_time', no)
    // Epoch seconds stop at year 2200; a window cannot last a century.
    if (start > MAX_START_S) {
      throw new ArtifactError(
        this.input.path,
        no,
        `start_time ${start} is not a plausible time (s)`,
      )
    }
    if (elapsed > MAX_ELAPSED_S) {
      throw new ArtifactError(
        this.input.path,
        no,
        `elapsed_time ${elapsed} s is beyond any window: check the units`,
      )
    }
    let energy = 0
    for (let i = n - this.gpus; i < n; i++) energy += this.number(fields[i]!, 'gpu energy', no)
    this.windows++
    this.count(start, elapsed, energy, no)
  }

  /**
   * The byte path: a row whose start_time, elapsed_time and energies are plain decimals is
   * counted in place, as `line` counts it; false for any other row (then `line` reads it).
   */
  row(
    bytes: Uint8Array,
    start: number,
    end: number,
    seps: Int32Array,
    sepAt: number,
    sepCount: number,
    no: number,
  ): boolean {
    const n = sepCount + 1
    if (n < this.gpus + 3) return false
    const begin = start
    const s = parseDecimalBytes(bytes, begin, seps[sepAt]!)
    if (!(s >= 0 && s <= MAX_START_S)) return false
    const at = n - this.gpus - 1
    const elapsed = parseDecimalBytes(bytes, seps[sepAt + at - 1]! + 1, seps[sepAt + at]!)
    if (!(elapsed >= 0 && elapsed <= MAX_ELAPSED_S)) return false
    let energy = 0
    for (let i = at + 1; i < n; i++) {
      const from = seps[sepAt + i - 1]! + 1
      const to = i === n - 1 ? end : seps[sepAt + i]!
      const j = parseDecimalBytes(bytes, from, to)
      if (!(j >= 0) || j === Infinity) return false
      energy += j
    }
    this.windows++
    this.count(s, elapsed, energy, no)
    return true
  }

  private number(cell: string, what: string, no: number): number {
    const v = parseWatts(cell.trim())
    if (v === undefined || !Number.isFinite(v) || v < 0) {
      throw new ArtifactError(this.input.path, no, `${what} "${cell.trim()}" is not a number ≥ 0`)
    }
    return v
  }

  /** Add the window [s, s + elapsed] to the counted set, unless it nests in or overlaps one. */
  private count(s: number, elapsed: number, j: number, no: number): void {
    const { starts, ends, joules, seconds } = this
    const e = s + elapsed
    const last = ends.length - 1
    if (last === -1 || s >= ends.get(last) - EPSILON_S) {
      starts.push(s)
      ends.push(e)
      joules.push(j)
      seconds.push(elapsed)
      return
    }
    // First counted window that ends after s: the first one that may overlap.
    let lo = 0
    let hi = ends.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ends.get(mid) > s + EPSILON_S) hi = mid
      else lo = mid + 1
    }
    let k = lo
    let encloses = true
    while (k < starts.length && starts.get(k) < e - EPSILON_S) {
      if (starts.get(k) <= s + EPSILON_S && ends.get(k) >= e - EPSILON_S) {
        this.nested.add(no) // inside a counted window
        return
      }
      if (starts.get(k) < s - EPSILON_S || ends.get(k) > e + EPSILON_S) encloses = false
      k++
    }
    if (!encloses) {
      this.overlapping.add(no)
      return
    }
    // Encloses the windows lo..k-1 (or none): they are replaced by this one.
    for (let i = lo; i < k; i++) this.nested.add(no)
    starts.replace(lo, k - lo, s)
    ends.replace(lo, k - lo, e)
    joules.replace(lo, k - lo, j)
    seconds.replace(lo, k - lo, elapsed)
  }

  finish(): ReadResult {
    const path = this.input.path
    if (this.windows === 0)
      throw new ArtifactError(path, undefined, 'holds no windows (header only)')
    let energy = 0
    let duration = 0
    for (let i = 0; i < this.starts.length; i++) {
      energy += this.joules.get(i)
      duration += this.seconds.get(i)
    }
    const counted = this.starts.length
    const notes = [`${counted} of ${this.windows} windows counted (outermost, not overlapping)`]
    const first = this.starts.get(0)
    if (first < EPOCH_MIN_S) notes.push('start_time is monotonic (Zeus < 0.7): no wall-clock start')
    const notices: Notice[] = [
      this.nested.notice(
        path,
        'window',
        'windows',
        'inside other windows not added: only the outermost windows are counted',
      ),
      this.overlapping.notice(
        path,
        'window',
        'windows',
        'overlapping a counted window without nesting not added',
      ),
      this.short.notice(path, 'row', 'rows', `skipped: fewer fields than the header's`),
    ].filter((x) => x !== undefined)
    const job: JobRecord = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: 'zeus' },
      itEnergyKWh: energy / 3_600_000,
      gpuCount: this.gpus,
      durationHours: duration / 3600,
      ...(first >= EPOCH_MIN_S ? { startedAt: toIso(first * 1000) } : {}),
      notes,
    }
    return { jobs: [job], notices }
  }
}

class LegacyParser implements LineParser {
  private readonly integrator: PowerIntegrator
  private readonly missing = new Tally()
  private readonly bad = new Tally()
  private firstMs = Infinity
  private lastMs = -Infinity

  constructor(
    private readonly input: ArtifactInput,
    private readonly options: ReadOptions,
  ) {
    this.integrator = new PowerIntegrator(input.path, options.maxGapSeconds)
  }

  line(text: string, no: number): void {
    const comma = text.indexOf(',')
    if (comma === -1 || text.indexOf(',', comma + 1) !== -1) {
      if (text.trim() !== '') this.bad.add(no)
      return
    }
    const time = text.slice(0, comma).trim()
    const ms = parseLocalTimestamp(time, this.options.timezone)
    if (ms === undefined)
      throw new ArtifactError(this.input.path, no, `time "${time}" does not parse`)
    const cell = text.slice(comma + 1).trim()
    const milliwatts = parseWatts(cell)
    if (milliwatts === undefined) {
      this.missing.add(no)
      return
    }
    if (!(milliwatts >= 0) || milliwatts === Infinity) {
      throw new ArtifactError(this.input.path, no, `power "${cell}" is not a number of mW ≥ 0`)
    }
    if (ms < this.firstMs) this.firstMs = ms
    if (ms > this.lastMs) this.lastMs = ms
    this.integrator.add('0', ms, milliwatts / 1000, no)
  }

  finish(): ReadResult {
    const path = this.input.path
    const devices = this.integrator.results()
    if (devices.length === 0) throw new ArtifactError(path, undefined, 'holds no power samples')
    const notes =
      this.integrator.gaps > 0 ? [gapNote(this.integrator.gaps, this.options.maxGapSeconds)] : []
    const notices = [
      this.integrator.gapNotice(),
      this.missing.notice(path, 'sample', 'samples', 'without a power value skipped'),
      this.bad.notice(path, 'row', 'rows', 'skipped: not Time,Power'),
      singleSampleNotice(path, devices),
    ].filter((x) => x !== undefined)
    const job: JobRecord = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: 'zeus' },
      itEnergyKWh: devices[0]!.kWh,
      gpuCount: 1,
      durationHours: (this.lastMs - this.firstMs) / 3_600_000,
      startedAt: toIso(this.firstMs),
      notes,
      ...profileField(this.integrator.profile()),
    }
    return { jobs: [job], notices }
  }
}
