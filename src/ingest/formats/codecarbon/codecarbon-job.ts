/**
 * A CodeCarbon row (the last flush of a run, or one task) as a JobRecord in canonical units.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import type { Row } from './codecarbon-row.js'
import { splitGpuModels } from './gpu-models.js'
import { toIso } from '../../shared/time.js'

/** How the job is named: by its run id, its task name, or its line. */
export type JobKind = 'run' | 'task'

function nameJob(row: Row, kind: JobKind, id: string | undefined): string {
  const project = row.projectName ?? 'codecarbon'
  if (kind === 'task') return row.taskName ?? `${project} task line ${row.line}`
  return id === undefined ? `${project} line ${row.line}` : `${project} ${id.slice(0, 8)}`
}

/**
 * Build the job. `id` is the run key shown in the name (run_id, or experiment_id in v1.x files).
 * A pue cell that is not a number > 0 is not divided out and is reported through `notices`; a pue
 * in (0, 1) is an error (it would multiply the energy).
 */
export function buildJob(
  row: Row,
  kind: JobKind,
  id: string | undefined,
  path: string,
  notices: Notice[],
): JobRecord {
  let pue: number | undefined
  if (row.pue !== undefined) {
    if (Number.isFinite(row.pue) && row.pue > 0 && row.pue < 1) {
      // Dividing by it would multiply the energy (×1000 for 0.001): no facility uses less
      // energy than its IT equipment.
      throw new ArtifactError(
        path,
        row.line,
        `pue ${String(row.pue)} is below 1: a facility cannot use less energy than its IT ` +
          'equipment (CodeCarbon writes 1.0 or more); fix or remove this row',
      )
    }
    if (Number.isFinite(row.pue) && row.pue >= 1) pue = row.pue
    else {
      notices.push({
        path,
        line: row.line,
        message: `pue ${String(row.pue)} is not a number > 0: energy_consumed taken as IT energy`,
      })
    }
  }
  const notes: string[] = []
  let gpuCount = row.gpuCount
  const models = row.gpuModel === undefined ? undefined : splitGpuModels(row.gpuModel, gpuCount)
  let gpuModel = models?.gpuModel
  if (
    gpuModel !== undefined &&
    row.cpuModel !== undefined &&
    gpuModel.toLowerCase() === row.cpuModel.toLowerCase()
  ) {
    notes.push(`integrated GPU (${gpuModel}) counted as 0 discrete GPUs`)
    gpuCount = 0
    gpuModel = undefined
  }
  const startMs =
    row.endMs !== undefined && row.durationS !== undefined
      ? Math.round(row.endMs - row.durationS * 1000)
      : undefined
  return dropUndefined({
    name: nameJob(row, kind, id),
    source: { path, format: 'codecarbon', line: row.line },
    itEnergyKWh: row.energyKWh / (pue ?? 1),
    pue,
    intensityGPerKWh:
      row.emissionsKg !== undefined && row.energyKWh > 0
        ? (row.emissionsKg * 1000) / row.energyKWh
        : undefined,
    startedAt: startMs === undefined ? undefined : toIso(startMs),
    durationHours: row.durationS === undefined ? undefined : row.durationS / 3600,
    gpuCount,
    gpuModel,
    gpuModels: gpuModel === undefined ? undefined : models?.gpuModels,
    cpuThreads: row.cpuCount,
    cloudProvider: row.cloudProvider,
    cloudRegion: row.cloudRegion,
    country: row.country,
    // CodeCarbon writes water_consumed = wue × energy: with its default wue 0 nothing was measured.
    ...(row.wue !== undefined && row.wue > 0 ? { waterL: row.waterL, wueLPerKWh: row.wue } : {}),
    notes: notes.length > 0 ? notes : undefined,
  })
}

/** The record without its undefined fields (tidy JSON, simple comparisons). */
function dropUndefined<T extends object>(record: T): T {
  const entries = Object.entries(record as Record<string, unknown>)
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as T
}
