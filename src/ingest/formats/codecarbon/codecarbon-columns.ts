/**
 * CodeCarbon's header: which line is one, and where each column it uses sits. Columns are found by
 * name only: their order changed between versions (formats.md §1.3, §1.6).
 */
import {
  type DuplicateColumn,
  findDuplicateColumn,
  indexHeader,
  splitCsvLine,
} from '../../shared/csv.js'

/** The columns every CodeCarbon emissions header has had since 0.0.9. */
const REQUIRED = ['duration', 'emissions', 'energy_consumed'] as const

/** Where the columns a reader uses are; `count` is the header's field count (empty names included). */
export interface Columns {
  readonly count: number
  readonly duration: number
  readonly emissions: number
  readonly energy: number
  readonly timestamp?: number
  readonly projectName?: number
  readonly runId?: number
  readonly experimentId?: number
  readonly taskName?: number
  readonly pue?: number
  readonly countryIso?: number
  readonly countryName?: number
  readonly cloudProvider?: number
  readonly cloudRegion?: number
  readonly cpuCount?: number
  readonly cpuModel?: number
  readonly gpuCount?: number
  readonly gpuModel?: number
  readonly waterConsumed?: number
  readonly wue?: number
}

/** The cells of a header line, trimmed and unquoted. */
export function splitHeader(line: string): string[] {
  return splitCsvLine(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line)
}

/** The required columns this header lacks ([] when it is a CodeCarbon header). */
export function missingColumns(cells: readonly string[]): string[] {
  const names = new Set(cells)
  return REQUIRED.filter((name) => !names.has(name))
}

/** The first line of `text` that is not blank, or undefined. */
export function firstLine(text: string): string | undefined {
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end)
    if (line.trim() !== '') return line.endsWith('\r') ? line.slice(0, -1) : line
    start = end + 1
  }
  return undefined
}

/** Is this the header line of a CodeCarbon emissions (or task) file? */
export function isCodeCarbonHeader(line: string): boolean {
  return missingColumns(splitHeader(line)).length === 0
}

/** Every column name the reader uses (a duplicate of one of them is an error). */
const USED = [
  'duration',
  'emissions',
  'energy_consumed',
  'timestamp',
  'project_name',
  'run_id',
  'experiment_id',
  'task_name',
  'pue',
  'country_iso_code',
  'country_name',
  'cloud_provider',
  'cloud_region',
  'cpu_count',
  'cpu_model',
  'gpu_count',
  'gpu_model',
  'water_consumed',
  'wue',
]

/** A column the reader uses that the header holds twice, or undefined. */
export function duplicateColumn(cells: readonly string[]): DuplicateColumn | undefined {
  return findDuplicateColumn(cells, USED)
}

/** Index the header cells; undefined when a required column is missing. */
export function indexColumns(cells: readonly string[]): Columns | undefined {
  const index = indexHeader(cells)
  const duration = index.get('duration')
  const emissions = index.get('emissions')
  const energy = index.get('energy_consumed')
  if (duration === undefined || emissions === undefined || energy === undefined) return undefined
  return {
    count: cells.length,
    duration,
    emissions,
    energy,
    timestamp: index.get('timestamp'),
    projectName: index.get('project_name'),
    runId: index.get('run_id'),
    experimentId: index.get('experiment_id'),
    taskName: index.get('task_name'),
    pue: index.get('pue'),
    countryIso: index.get('country_iso_code'),
    countryName: index.get('country_name'),
    cloudProvider: index.get('cloud_provider'),
    cloudRegion: index.get('cloud_region'),
    cpuCount: index.get('cpu_count'),
    cpuModel: index.get('cpu_model'),
    gpuCount: index.get('gpu_count'),
    gpuModel: index.get('gpu_model'),
    waterConsumed: index.get('water_consumed'),
    wue: index.get('wue'),
  }
}
