/**
 * AMD GPU power logs: `amd-smi metric --power --csv [-w 1 -W 3600]` (`gpu,socket_power,…`, with a
 * `timestamp` column of epoch seconds in watch mode), `amd-smi monitor -p --csv` (`power_usage`),
 * and `rocm-smi --showpower --csv` (`device,Average Graphics Package Power (W)` or
 * `…,Current Socket Graphics Package Power (W)`, `card0,…`), one row per GPU per poll. The header
 * is printed again before every poll when the output goes to stdout in a loop: repeats are
 * skipped. Without a `timestamp` column the k-th row of a GPU is at k × poll-interval.
 * Units: see amd-smi-units.ts. Energy: the trapezoidal integral per GPU (power-integrator.ts).
 */
import { ArtifactError } from '../../../core/errors.js'
import type { Notice } from '../../../core/types.js'
import { indexHeader, splitCsvLine, textCell } from '../../shared/csv.js'
import { forEachLine } from '../../shared/lines.js'
import {
  PowerIntegrator,
  Tally,
  jobNameFromFile,
  pollIntervalMs,
} from '../../shared/power-integrator.js'
import { finishPowerJob } from '../../shared/power-job.js'
import { parseTimestamp } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'
import {
  type PowerUnit,
  WATTS_PER_UNIT,
  headerUnit,
  parsePowerCell,
  unitByMagnitude,
} from './amd-smi-units.js'

/** amd-smi's power keys, best first (current socket power, else the average on older GPUs). */
const AMD_SMI_POWER = [
  'socket_power',
  'current_socket_power',
  'average_socket_power',
  'power_usage',
  'current_power',
]
/** rocm-smi's power columns: `Current Socket Graphics Package Power (W)`, `Average … (W)`. */
const ROCM_SMI_POWER = /^(?:current socket|average) graphics package power\b/i
const DEVICE_COLUMNS = ['gpu', 'device']

interface Columns {
  readonly text: string
  readonly count: number
  readonly device: number
  /** Power columns in order of preference, with the unit their header names. */
  readonly power: readonly { readonly index: number; readonly unit?: PowerUnit }[]
  readonly timestamp?: number
}

function indexColumns(text: string): Columns | undefined {
  const cells = splitCsvLine(text)
  const lower = cells.map((c) => c.toLowerCase())
  const index = indexHeader(lower)
  const device = DEVICE_COLUMNS.map((d) => index.get(d)).find((i) => i !== undefined)
  if (device === undefined) return undefined
  const power: { index: number; unit?: PowerUnit }[] = []
  for (const name of AMD_SMI_POWER) {
    const i = index.get(name)
    if (i !== undefined) power.push({ index: i })
  }
  cells.forEach((name, i) => {
    if (ROCM_SMI_POWER.test(name)) {
      const unit = headerUnit(name)
      power.push({ index: i, ...(unit !== undefined ? { unit } : {}) })
    }
  })
  if (power.length === 0) return undefined
  const timestamp = index.get('timestamp')
  return {
    text: text.trim(),
    count: cells.length,
    device,
    power,
    ...(timestamp !== undefined ? { timestamp } : {}),
  }
}

interface Sample {
  readonly key: string
  readonly tMs: number
  readonly value: number
  readonly unit?: PowerUnit
  readonly line: number
}

/** A `timestamp` cell: epoch seconds (amd-smi: `int(time.time())`), epoch ms, or a date-time. */
function readTimestamp(cell: string, zone: string): number | undefined {
  const t = cell.trim()
  if (/^\d+(?:\.\d+)?$/.test(t)) {
    const n = Number(t)
    return n > 1e11 ? n : n * 1000
  }
  return parseTimestamp(t, zone)
}

class AmdParser {
  private columns: Columns | undefined
  readonly samples: Sample[] = []
  private readonly polls = new Map<string, number>()
  readonly missing = new Tally()
  readonly badWidth = new Tally()
  readonly devices = new Set<string>()

  constructor(
    private readonly path: string,
    private readonly options: ReadOptions,
    private readonly intervalMs: number | undefined,
  ) {}

  line(text: string, no: number): void {
    if (text.trim() === '') return
    if (this.columns === undefined || text.trim() === this.columns.text) {
      this.columns ??= this.header(text, no)
      return
    }
    const columns = this.columns
    const cells = splitCsvLine(text)
    if (cells.length !== columns.count) {
      // rocm-smi and amd-smi print other sections (system lines, `name, value`) in the same way.
      if (indexColumns(text) === undefined) this.badWidth.add(no)
      return
    }
    const key = textCell(cells[columns.device])
    if (key === undefined) {
      this.badWidth.add(no)
      return
    }
    this.devices.add(key)
    const tMs = this.time(cells, key, no)
    for (const { index, unit } of columns.power) {
      const cell = parsePowerCell(cells[index] ?? '')
      if (cell === undefined) continue
      if (!Number.isFinite(cell.value) || cell.value < 0) {
        throw new ArtifactError(
          this.path,
          no,
          `power "${cells[index]!.trim()}" is not a usable power value`,
        )
      }
      const stated = cell.unit ?? unit
      this.samples.push({
        key,
        tMs,
        value: cell.value,
        line: no,
        ...(stated ? { unit: stated } : {}),
      })
      return
    }
    this.missing.add(no)
  }

  private header(text: string, no: number): Columns {
    const columns = indexColumns(text)
    if (columns === undefined) {
      throw new ArtifactError(
        this.path,
        no,
        'is not amd-smi or rocm-smi CSV: its header lacks a gpu/device column and a power column (socket_power, power_usage, … Graphics Package Power (W))',
      )
    }
    if (columns.timestamp === undefined && this.intervalMs === undefined) {
      throw new ArtifactError(
        this.path,
        no,
        'has no timestamp column: give the polling interval (--poll-interval 1s, poll-interval: 1s), or log with amd-smi metric --power --csv -w 1',
      )
    }
    return columns
  }

  private time(cells: readonly string[], key: string, no: number): number {
    const index = this.columns?.timestamp
    if (index === undefined) {
      const k = this.polls.get(key) ?? 0
      this.polls.set(key, k + 1)
      return k * this.intervalMs!
    }
    const ms = readTimestamp(cells[index] ?? '', this.options.timezone)
    if (ms === undefined) {
      throw new ArtifactError(
        this.path,
        no,
        `timestamp "${(cells[index] ?? '').trim()}" is not a time`,
      )
    }
    return ms
  }

  get hasHeader(): boolean {
    return this.columns !== undefined
  }

  get timestamped(): boolean {
    return this.columns?.timestamp !== undefined
  }
}

/** The unit of bare values, and how it was decided (for the note). */
function bareUnit(samples: readonly Sample[]): { unit: PowerUnit; max: number } {
  let max = 0
  for (const s of samples) if (s.unit === undefined && s.value > max) max = s.value
  return { unit: unitByMagnitude(max), max }
}

function describeUnits(samples: readonly Sample[], bare: { unit: PowerUnit; max: number }): string {
  const stated = new Set(samples.flatMap((s) => (s.unit === undefined ? [] : [s.unit])))
  const parts = [...stated].map((u) => `${u} as written`)
  if (samples.some((s) => s.unit === undefined)) {
    parts.push(
      bare.unit === 'W'
        ? 'bare numbers read as W'
        : `bare numbers read as ${bare.unit} (the largest, ${bare.max}, is no accelerator's draw in W)`,
    )
  }
  return `power units: ${parts.join('; ')}`
}

async function readAmdSmi(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const { path } = input
  const parser = new AmdParser(path, options, pollIntervalMs(options))
  await forEachLine(
    input.chunks(),
    (text, no) => {
      parser.line(text, no)
    },
    options.onProgress,
  )
  if (!parser.hasHeader) throw new ArtifactError(path, undefined, 'holds no job: the file is empty')
  const bare = bareUnit(parser.samples)
  const integrator = new PowerIntegrator(path, options.maxGapSeconds, 'GPU', options.timezone)
  for (const s of parser.samples) {
    integrator.add(s.key, s.tMs, s.value * WATTS_PER_UNIT[s.unit ?? bare.unit], s.line)
  }
  const unitNote = describeUnits(parser.samples, bare)
  const { job, notices } = finishPowerJob(integrator, {
    path,
    format: 'amd-smi',
    name: jobNameFromFile(input.name),
    maxGapSeconds: options.maxGapSeconds,
    empty:
      parser.missing.count > 0
        ? `holds no power sample: all ${parser.missing.count} were N/A`
        : 'holds no samples (header only)',
    epochTimes: parser.timestamped,
    gpuCount: parser.devices.size,
    notes: [unitNote],
  })
  const more: Notice[] = [
    parser.missing.notice(path, 'row', 'rows', 'without a power value (N/A) skipped'),
    parser.badWidth.notice(
      path,
      'line',
      'lines',
      'skipped: their field count differs from the header',
    ),
    bare.unit === 'W' ? undefined : { path, message: unitNote },
  ].filter((n) => n !== undefined)
  return { jobs: [job], notices: [...notices, ...more] }
}

export const amdSmiReader: Reader = {
  format: 'amd-smi',
  describes: 'amd-smi metric --power --csv / rocm-smi --showpower --csv logs',
  detect(_name, head) {
    const first = head.split('\n').find((l) => l.trim() !== '')
    return first !== undefined && indexColumns(first.replace(/\r$/, '')) !== undefined
  },
  read: readAmdSmi,
}
