/**
 * Values no real job can have. Readers check what their format can get wrong; this check runs on
 * every job any reader returns, so that an absurd magnitude (1e308 kWh, a century-long run)
 * becomes an error naming the file and line rather than a number that poisons the totals.
 */
import { ArtifactError } from '../core/errors.js'
import type { JobRecord } from '../core/types.js'

interface Bound {
  readonly field: keyof JobRecord
  readonly max: number
  readonly unit: string
  readonly integer?: boolean
}

/** Far beyond any training run (BLOOM: 433 MWh, 1.08 M GPU-hours, 2,820 h) yet finite. */
const BOUNDS: readonly Bound[] = [
  { field: 'itEnergyKWh', max: 1e10, unit: 'kWh' },
  { field: 'idleEnergyKWh', max: 1e10, unit: 'kWh' },
  { field: 'durationHours', max: 1e6, unit: 'h' },
  { field: 'gpuHours', max: 1e10, unit: 'GPU-hours' },
  { field: 'gpuCount', max: 1e7, unit: 'GPUs', integer: true },
  { field: 'cpuThreads', max: 1e8, unit: 'CPU threads' },
  // Rounded emissions over a tiny energy can give odd ratios: only absurd ones are errors (the
  // model does not use a tracker's figure above 5,000 g/kWh, see resolve-intensity.ts).
  { field: 'intensityGPerKWh', max: 1e6, unit: 'g CO2e/kWh' },
  { field: 'pue', max: 10, unit: '' },
  // BLOOM's training: ~25 t operational; a data centre's water: ~1e6 L a day.
  { field: 'statedEmissionsKg', max: 1e9, unit: 'kg CO2e' },
  { field: 'waterL', max: 1e10, unit: 'L' },
  { field: 'wueLPerKWh', max: 100, unit: 'L/kWh' },
]

/** Start times outside 1990–2200 cannot come from an ML tracker. */
const EARLIEST = Date.UTC(1990, 0, 1)
const LATEST = Date.UTC(2200, 0, 1)

/** Throws ArtifactError (file and line of the job) for the first impossible value. */
/** Longer names are not names: they would flood the comment, the summary and the logs. */
const MAX_NAME_LENGTH = 1000

export function checkPhysicalBounds(job: JobRecord): void {
  const where = (what: string): ArtifactError =>
    new ArtifactError(job.source.path, job.source.line, `${what} (job "${job.name.slice(0, 80)}")`)
  if (job.name.length > MAX_NAME_LENGTH) {
    throw where(`the job name is ${job.name.length} characters long (at most ${MAX_NAME_LENGTH})`)
  }
  for (const bound of BOUNDS) {
    const value = job[bound.field]
    if (value === undefined) continue
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw where(
        `${bound.field} must be a finite number ≥ 0, got ${JSON.stringify(value) ?? typeof value}`,
      )
    }
    if (value > bound.max) {
      const unit = bound.unit === '' ? '' : ` ${bound.unit}`
      throw where(
        `${bound.field} ${value}${unit} is beyond anything physical (over ${bound.max}${unit}): check the units`,
      )
    }
    if (bound.integer === true && !Number.isInteger(value)) {
      throw where(`${bound.field} must be a whole number, got ${value}`)
    }
  }
  if (job.startedAt !== undefined) {
    const ms = Date.parse(job.startedAt)
    if (!Number.isFinite(ms) || ms < EARLIEST || ms > LATEST) {
      throw where(`start time ${job.startedAt} is not a plausible date`)
    }
  }
}
