/**
 * Eco2AI (sb-ai-lab/Eco2AI): `emission.csv` (formats.md §3). One cumulative row per `id` in
 * start/stop mode, one delta row per epoch (same `id`) in training mode, one row per run in the
 * old header without `id`. Energy in kWh with Eco2AI's `pue` (default 1, not recorded) included.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import {
  duplicateColumnMessage,
  findColumn,
  findDuplicateColumn,
  indexHeader,
  numberCell,
  splitCsvLine,
  textCell,
} from '../../shared/csv.js'
import { decodeLine, forEachRow } from '../../shared/lines.js'
import { EpochFastPath } from './eco2ai-fast.js'
import { parseTimestamp, toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'

const ENERGY = ['power_consumption(kWh)', 'power_consumption(kWTh)']
const CO2 = 'CO2_emissions(kg)'
const COMMA = 0x2c
/** Every column name the reader uses (a duplicate of one of them is an error). */
const USED = [
  ...ENERGY,
  CO2,
  'id',
  'project_name',
  'epoch',
  'start_time',
  'duration(s)',
  'GPU_name',
  'region/country',
]
/** Training mode writes `epoch: N, key: value, …`; start/stop mode writes `N/A`. */
const EPOCH_MARK = /^epoch:\s*\d+/i
const GPU_NAME = /^(.*?)\s*(\d+) device\(s\)/

interface Columns {
  readonly count: number
  readonly energy: number
  readonly co2?: number
  readonly id?: number
  readonly project?: number
  readonly epoch?: number
  readonly start?: number
  readonly duration?: number
  readonly gpu?: number
  readonly region?: number
}

interface Row {
  readonly line: number
  readonly id?: string
  readonly project?: string
  readonly epoch?: string
  readonly energyKWh: number
  readonly co2Kg?: number
  readonly startMs?: number
  readonly seconds?: number
  readonly gpu?: string
  readonly region?: string
}

function findColumns(header: readonly string[]): Columns | undefined {
  const index = indexHeader(header)
  const energy = findColumn(index, ...ENERGY)
  if (energy === undefined || !index.has(CO2)) return undefined
  const opt = (key: keyof Columns, ...names: string[]): Partial<Record<keyof Columns, number>> => {
    const i = findColumn(index, ...names)
    return i === undefined ? {} : { [key]: i }
  }
  return {
    count: header.length,
    energy,
    ...opt('co2', CO2),
    ...opt('id', 'id'),
    ...opt('project', 'project_name'),
    ...opt('epoch', 'epoch'),
    ...opt('start', 'start_time'),
    ...opt('duration', 'duration(s)'),
    ...opt('gpu', 'GPU_name'),
    ...opt('region', 'region/country'),
  }
}

function readCell(cells: readonly string[], i: number | undefined): string | undefined {
  return i === undefined ? undefined : textCell(cells[i])
}

function parseRow(
  cells: readonly string[],
  cols: Columns,
  line: number,
  path: string,
  zone: string,
): Row {
  const energy = numberCell(cells[cols.energy])
  if (energy === undefined || !Number.isFinite(energy) || energy < 0) {
    throw new ArtifactError(
      path,
      line,
      `power_consumption "${cells[cols.energy] ?? ''}" is not a usable energy`,
    )
  }
  const duration = cols.duration === undefined ? undefined : numberCell(cells[cols.duration])
  if (duration !== undefined && (!Number.isFinite(duration) || duration < 0)) {
    throw new ArtifactError(
      path,
      line,
      `duration(s) "${cells[cols.duration!] ?? ''}" is not a usable duration`,
    )
  }
  const startText = readCell(cells, cols.start)
  const startMs = startText === undefined ? undefined : parseTimestamp(startText, zone)
  if (startText !== undefined && startMs === undefined) {
    throw new ArtifactError(path, line, `start_time "${startText}" does not parse`)
  }
  const co2 = cols.co2 === undefined ? undefined : numberCell(cells[cols.co2])
  const id = readCell(cells, cols.id)
  const project = readCell(cells, cols.project)
  const epoch = cols.epoch === undefined ? undefined : (cells[cols.epoch] ?? '').trim()
  const gpu = cols.gpu === undefined ? undefined : cells[cols.gpu]
  const region = readCell(cells, cols.region)
  return {
    line,
    energyKWh: energy,
    ...(id === undefined ? {} : { id }),
    ...(project === undefined ? {} : { project }),
    ...(epoch === undefined ? {} : { epoch }),
    ...(co2 !== undefined && Number.isFinite(co2) && co2 >= 0 ? { co2Kg: co2 } : {}),
    ...(startMs === undefined ? {} : { startMs }),
    ...(duration === undefined ? {} : { seconds: duration }),
    ...(gpu === undefined ? {} : { gpu }),
    ...(region === undefined ? {} : { region }),
  }
}

/** `NVIDIA A100 2 device(s) nvml` → model and count; ` 0 device(s)` → 0 and no model. */
export function parseGpuName(text: string | undefined): { gpuCount?: number; gpuModel?: string } {
  if (text === undefined) return {}
  const m = GPU_NAME.exec(text.trim())
  if (!m) return {}
  const count = Number(m[2])
  const model = m[1]!.trim()
  return count > 0 && model !== '' ? { gpuCount: count, gpuModel: model } : { gpuCount: count }
}

/** `IN/Delhi` → IN, `(CH/Ticino)` → CH, `RU` → RU. */
export function parseCountry(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const head = text.trim().replace(/^\(/, '').replace(/\)$/, '').split('/')[0]!.trim()
  if (head === '') return undefined
  return /^[a-z]{2}$/i.test(head) ? head.toUpperCase() : head
}

/**
 * The rows of one run (`id`), summed as they are read: memory holds one of these per run, not the
 * rows. The sums are made in file order, as a list of the run's rows would be summed.
 */
class RunSums {
  count = 0
  energy = 0
  co2: number | undefined = 0
  seconds: number | undefined = 0
  startMs: number | undefined
  /** Every row's epoch is empty or `epoch: N…` (training mode). */
  epochsMarked = true
  /** The row with the longest duration (the later one on a tie). */
  longest: Row

  constructor(readonly first: Row) {
    this.longest = first
  }

  add(r: Row): void {
    const marked = r.epoch === undefined || r.epoch === '' || EPOCH_MARK.test(r.epoch)
    this.addValues(r.energyKWh, r.co2Kg, r.seconds, r.startMs, marked)
    if ((r.seconds ?? 0) >= (this.longest.seconds ?? 0)) this.longest = r
  }

  /** A row's values (the byte path adds rows that do not become the longest this way). */
  addValues(
    energy: number,
    co2: number | undefined,
    seconds: number | undefined,
    startMs: number | undefined,
    epochMarked: boolean,
  ): void {
    this.count++
    this.energy += energy
    this.co2 = this.co2 === undefined || co2 === undefined ? undefined : this.co2 + co2
    this.seconds =
      this.seconds === undefined || seconds === undefined ? undefined : this.seconds + seconds
    if (startMs !== undefined) this.startMs = Math.min(this.startMs ?? startMs, startMs)
    if (!epochMarked) this.epochsMarked = false
  }

  longestSeconds(): number {
    return this.longest.seconds ?? 0
  }
}

/** The sums of one row alone. */
function sumsOf(row: Row): RunSums {
  const sums = new RunSums(row)
  sums.add(row)
  return sums
}

/** One job from a run's sums (one row, or the epoch deltas of a training run). */
function buildJob(sums: RunSums, path: string, training: boolean): JobRecord {
  const { first, energy, co2, seconds, startMs } = sums
  const project = first.project ?? 'eco2ai'
  const name =
    first.id === undefined
      ? `${project} (line ${first.line})`
      : `${project} (${first.id.slice(0, 8)})`
  const country = parseCountry(first.region)
  return {
    name,
    source: { path, format: 'eco2ai', line: first.line },
    itEnergyKWh: energy,
    ...(co2 !== undefined && energy > 0 ? { intensityGPerKWh: (co2 * 1000) / energy } : {}),
    ...(startMs === undefined ? {} : { startedAt: toIso(startMs) }),
    ...(seconds === undefined ? {} : { durationHours: seconds / 3600 }),
    ...parseGpuName(first.gpu),
    ...(country === undefined ? {} : { country }),
    ...(training ? { notes: [`${sums.count} epoch rows summed`] } : {}),
  }
}

/** The reader; `bytePath: false` reads every row as text (the reference the tests compare). */
export async function readEco2ai(
  input: ArtifactInput,
  options: ReadOptions,
  choice: { readonly bytePath: boolean } = { bytePath: true },
): Promise<ReadResult> {
  const path = input.path
  const notices: Notice[] = []
  // Runs in order of first appearance; a row without an id is a run of its own.
  const runs: RunSums[] = []
  const byId = new Map<string, RunSums>()
  let cols: Columns | undefined
  let fast: EpochFastPath | undefined
  /** The string path: the run the row was added to when it has an id. */
  const readLine = (text: string, no: number): RunSums | undefined => {
    if (text.trim() === '') return
    const cells = splitCsvLine(text)
    if (!cols) {
      cols = findColumns(cells)
      if (!cols)
        throw new ArtifactError(
          path,
          no,
          'header lacks power_consumption(kWh) or CO2_emissions(kg)',
        )
      const duplicate = findDuplicateColumn(cells, USED)
      if (duplicate) throw new ArtifactError(path, no, duplicateColumnMessage(duplicate))
      if (choice.bytePath) fast = new EpochFastPath(cols, options.timezone)
      return
    }
    if (cells.length !== cols.count) {
      notices.push({
        path,
        line: no,
        message: `row skipped: ${cells.length} fields where the header has ${cols.count}`,
      })
      return
    }
    const row = parseRow(cells, cols, no, path, options.timezone)
    const run = row.id === undefined ? undefined : byId.get(row.id)
    if (run !== undefined) {
      run.add(row)
      return run
    }
    const fresh = sumsOf(row)
    runs.push(fresh)
    if (row.id === undefined) return
    byId.set(row.id, fresh)
    return fresh
  }
  await forEachRow(
    input.chunks(),
    COMMA,
    COMMA,
    (bytes, _view, start, end, seps, sepAt, sepCount, no) => {
      if (fast?.tryRow(bytes, start, end, seps, sepAt, sepCount) === true) return
      const run = readLine(decodeLine(bytes, start, end), no)
      fast?.establish(bytes, start, end, seps, sepAt, sepCount, run)
    },
    options.onProgress,
  )
  if (runs.length === 0) {
    // Every row was skipped: name the first one, it is what the user must look at.
    const skipped = notices.find((n) => n.line !== undefined)
    throw new ArtifactError(
      path,
      skipped?.line,
      skipped
        ? `holds no job: every row was skipped (${skipped.message})`
        : 'holds no job (no data rows)',
    )
  }

  const jobs: JobRecord[] = []
  for (const run of runs) {
    const training = run.count > 1 && run.epochsMarked
    if (run.count === 1 || training) {
      jobs.push(buildJob(run, path, training))
      continue
    }
    // Several start/stop rows with one id: Eco2AI rewrites its row in place, so these are
    // cumulative copies of one run; the longest one holds the run.
    const last = run.longest
    notices.push({
      path,
      line: last.line,
      message: `${run.count} cumulative rows share id ${last.id ?? ''}: the longest one is used`,
    })
    jobs.push(buildJob(sumsOf(last), path, false))
  }
  return { jobs, notices }
}

export const eco2aiReader: Reader = {
  format: 'eco2ai',
  describes: 'Eco2AI emission.csv',
  detect(name, head) {
    if (name.startsWith('encoded_')) return false
    const firstLine = head.split('\n').find((l) => l.trim() !== '') ?? ''
    const names = new Set(splitCsvLine(firstLine.replace(/\r$/, '')))
    return (names.has(ENERGY[0]!) || names.has(ENERGY[1]!)) && names.has(CO2)
  },
  read: (input, options) => readEco2ai(input, options),
}
