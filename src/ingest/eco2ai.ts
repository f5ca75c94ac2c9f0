/**
 * Eco2AI (sb-ai-lab/Eco2AI): `emission.csv` (formats.md §3). One cumulative row per `id` in
 * start/stop mode, one delta row per epoch (same `id`) in training mode, one row per run in the
 * old header without `id`. Energy in kWh with Eco2AI's `pue` (default 1, not recorded) included.
 */
import { ArtifactError } from '../core/errors.js'
import type { JobRecord, Notice } from '../core/types.js'
import { findColumn, indexHeader, numberCell, splitCsvLine, textCell } from './csv.js'
import { readLines } from './lines.js'
import { parseTimestamp, toIso } from './time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from './types.js'

const ENERGY = ['power_consumption(kWh)', 'power_consumption(kWTh)']
const CO2 = 'CO2_emissions(kg)'
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

/** One job from the rows of one run (one row, or the epoch deltas of a training run). */
function buildJob(rows: readonly Row[], path: string, training: boolean): JobRecord {
  const first = rows[0]!
  let energy = 0
  let co2: number | undefined = 0
  let seconds: number | undefined = 0
  let startMs: number | undefined
  for (const r of rows) {
    energy += r.energyKWh
    co2 = co2 === undefined || r.co2Kg === undefined ? undefined : co2 + r.co2Kg
    seconds = seconds === undefined || r.seconds === undefined ? undefined : seconds + r.seconds
    if (r.startMs !== undefined) startMs = Math.min(startMs ?? r.startMs, r.startMs)
  }
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
    ...(training ? { notes: [`${rows.length} epoch rows summed`] } : {}),
  }
}

/** Group rows by `id` in order of first appearance; rows without an id stand alone. */
function groupRuns(rows: readonly Row[]): Row[][] {
  const groups: Row[][] = []
  const byId = new Map<string, Row[]>()
  for (const r of rows) {
    if (r.id === undefined) {
      groups.push([r])
      continue
    }
    const g = byId.get(r.id)
    if (g) g.push(r)
    else {
      const fresh = [r]
      byId.set(r.id, fresh)
      groups.push(fresh)
    }
  }
  return groups
}

async function readEco2ai(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const path = input.path
  const notices: Notice[] = []
  const rows: Row[] = []
  let cols: Columns | undefined
  for await (const { text, no } of readLines(input.chunks(), options.onProgress)) {
    if (text.trim() === '') continue
    const cells = splitCsvLine(text)
    if (!cols) {
      cols = findColumns(cells)
      if (!cols)
        throw new ArtifactError(
          path,
          no,
          'header lacks power_consumption(kWh) or CO2_emissions(kg)',
        )
      continue
    }
    if (cells.length !== cols.count) {
      notices.push({
        path,
        line: no,
        message: `row skipped: ${cells.length} fields where the header has ${cols.count}`,
      })
      continue
    }
    rows.push(parseRow(cells, cols, no, path, options.timezone))
  }
  if (rows.length === 0) throw new ArtifactError(path, undefined, 'holds no job (no data rows)')

  const jobs: JobRecord[] = []
  for (const group of groupRuns(rows)) {
    const training =
      group.length > 1 &&
      group.every((r) => r.epoch === undefined || r.epoch === '' || EPOCH_MARK.test(r.epoch))
    if (group.length === 1 || training) {
      jobs.push(buildJob(group, path, training))
      continue
    }
    // Several start/stop rows with one id: Eco2AI rewrites its row in place, so these are
    // cumulative copies of one run; the longest one holds the run.
    const last = group.reduce((a, b) => ((b.seconds ?? 0) >= (a.seconds ?? 0) ? b : a))
    notices.push({
      path,
      line: last.line,
      message: `${group.length} cumulative rows share id ${last.id ?? ''}: the longest one is used`,
    })
    jobs.push(buildJob([last], path, false))
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
  read: readEco2ai,
}
