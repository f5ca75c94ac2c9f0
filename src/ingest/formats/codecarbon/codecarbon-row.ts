/**
 * One CodeCarbon data row: the few fields a job needs, checked for values that cannot be physical.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { Columns } from './codecarbon-columns.js'
import { numberCell, textCell } from '../../shared/csv.js'
import { parseTimestamp } from '../../shared/time.js'

export interface Row {
  /** 1-based line in the file. */
  readonly line: number
  /** energy_consumed, kWh, with CodeCarbon's PUE included. */
  readonly energyKWh: number
  readonly durationS?: number
  readonly emissionsKg?: number
  /** The row's timestamp (the flush time) as written, and as epoch ms. */
  readonly timestamp?: string
  readonly endMs?: number
  /** The pue cell as a number (NaN when it is not one); undefined when empty or absent. */
  readonly pue?: number
  readonly runId?: string
  readonly experimentId?: string
  readonly taskName?: string
  readonly projectName?: string
  readonly country?: string
  readonly cloudProvider?: string
  readonly cloudRegion?: string
  readonly cpuCount?: number
  readonly cpuModel?: string
  readonly gpuCount?: number
  readonly gpuModel?: string
  /** water_consumed (L) and wue (L/kWh), v3.0.8+. */
  readonly waterL?: number
  readonly wue?: number
}

const FIX = 'fix or remove this row'

/**
 * Timestamps are local wall-clock time: when clocks go back in autumn, a later flush can read up
 * to an hour earlier. Only a step back beyond that is an error (duration and energy catch the rest).
 */
const DST_SHIFT_MS = 3_600_000

function cellAt(cells: readonly string[], index: number | undefined): string | undefined {
  return index === undefined ? undefined : textCell(cells[index])
}

/** A quantity that must be a finite number ≥ 0; undefined when the cell is empty. */
function readAmount(
  cells: readonly string[],
  index: number,
  column: string,
  unit: string,
  where: { path: string; line: number },
): number | undefined {
  const value = numberCell(cells[index])
  if (value === undefined) return undefined
  const shown = cells[index]!.trim()
  if (Number.isNaN(value)) {
    throw new ArtifactError(where.path, where.line, `${column} "${shown}" is not a number: ${FIX}`)
  }
  if (!Number.isFinite(value)) {
    throw new ArtifactError(where.path, where.line, `${column} "${shown}" is not finite: ${FIX}`)
  }
  if (value < 0) {
    throw new ArtifactError(
      where.path,
      where.line,
      `${column} is ${shown} ${unit}: a negative value cannot be physical; ${FIX}`,
    )
  }
  return value
}

/** A count cell (`8`, `8.0`); undefined when empty, not a whole number, or below `min`. */
function readCount(cell: string | undefined, min: number): number | undefined {
  const value = numberCell(cell)
  if (value === undefined || !Number.isInteger(value) || value < min) return undefined
  return value
}

/**
 * Read a row whose field count matches the header. Returns the reason to skip it (a string) when it
 * holds no energy; throws ArtifactError on values that cannot be physical.
 */
export function parseRow(
  cells: readonly string[],
  columns: Columns,
  where: { path: string; line: number },
  zone: string,
): Row | string {
  const energyKWh = readAmount(cells, columns.energy, 'energy_consumed', 'kWh', where)
  const durationS = readAmount(cells, columns.duration, 'duration', 's', where)
  const emissionsKg = readAmount(cells, columns.emissions, 'emissions', 'kg', where)
  let endMs: number | undefined
  const stamp = cellAt(cells, columns.timestamp)
  if (stamp !== undefined) {
    endMs = parseTimestamp(stamp, zone)
    if (endMs === undefined) {
      throw new ArtifactError(
        where.path,
        where.line,
        `timestamp "${stamp}" does not parse (CodeCarbon writes YYYY-MM-DDTHH:MM:SS): ${FIX}`,
      )
    }
  }
  if (energyKWh === undefined) return 'row has no energy_consumed: skipped'
  return {
    line: where.line,
    energyKWh,
    durationS,
    emissionsKg,
    timestamp: stamp,
    endMs,
    pue: columns.pue === undefined ? undefined : numberCell(cells[columns.pue]),
    runId: cellAt(cells, columns.runId),
    experimentId: cellAt(cells, columns.experimentId),
    taskName: cellAt(cells, columns.taskName),
    projectName: cellAt(cells, columns.projectName),
    country: cellAt(cells, columns.countryIso) ?? cellAt(cells, columns.countryName),
    cloudProvider: cellAt(cells, columns.cloudProvider),
    cloudRegion: cellAt(cells, columns.cloudRegion),
    cpuCount: readCount(cellAt(cells, columns.cpuCount), 1),
    cpuModel: cellAt(cells, columns.cpuModel),
    gpuCount: readCount(cellAt(cells, columns.gpuCount), 0),
    gpuModel: cellAt(cells, columns.gpuModel),
    waterL:
      columns.waterConsumed === undefined
        ? undefined
        : readAmount(cells, columns.waterConsumed, 'water_consumed', 'L', where),
    wue:
      columns.wue === undefined ? undefined : readAmount(cells, columns.wue, 'wue', 'L/kWh', where),
  }
}

/**
 * Throws when `next` (a later flush of the same run) has less energy or duration than `prev`, or a
 * timestamp more than a daylight-saving shift earlier.
 */
export function checkForward(prev: Row, next: Row, run: string, path: string): void {
  const back = (what: string, before: string, now: string): never => {
    throw new ArtifactError(
      path,
      next.line,
      `${what} goes backwards within run ${run} (${before} at line ${prev.line}, ${now} here): ` +
        `rows of one run are cumulative flushes, so the file was edited or two runs share an id; ${FIX}`,
    )
  }
  if (next.energyKWh < prev.energyKWh) {
    back('energy_consumed', `${prev.energyKWh} kWh`, `${next.energyKWh} kWh`)
  }
  if (prev.durationS !== undefined && next.durationS !== undefined) {
    if (next.durationS < prev.durationS)
      back('duration', `${prev.durationS} s`, `${next.durationS} s`)
  }
  if (
    prev.endMs !== undefined &&
    next.endMs !== undefined &&
    next.endMs < prev.endMs - DST_SHIFT_MS
  ) {
    back('timestamp', prev.timestamp ?? '', next.timestamp ?? '')
  }
}
