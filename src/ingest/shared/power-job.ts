/**
 * The one job of a power log once its samples are integrated (MLflow, W&B, AMD): energy summed
 * over the devices, GPU count, start and duration from the samples, and the notices every power
 * log gives (gaps not bridged, one sample only).
 */
import { ArtifactError } from '../../core/errors.js'
import type { FormatId, JobRecord, Notice } from '../../core/types.js'
import { profileField } from './energy-profile.js'
import { type PowerIntegrator, gapNote, singleSampleNotice } from './power-integrator.js'
import { toIso } from './time.js'
import { maxOf, minOf } from '../../core/arrays.js'

export interface PowerJobSpec {
  readonly path: string
  readonly format: FormatId
  readonly name: string
  readonly maxGapSeconds: number
  /** What to say when no device has a sample, e.g. `holds no gpu_<i>_power_usage_watts sample`. */
  readonly empty: string
  /** Sample times are epoch ms (else times from the start of the log: no start time). */
  readonly epochTimes: boolean
  readonly gpuModel?: string
  /** GPUs the job held, when the log says (default: the devices with samples). */
  readonly gpuCount?: number
  /** The run's own start and duration, when the log states them (else from the samples). */
  readonly startedAt?: string
  readonly durationHours?: number
  readonly notes?: readonly string[]
}

export interface PowerJob {
  readonly job: JobRecord
  readonly notices: Notice[]
}

/** The job of an integrated power log; throws ArtifactError when no device has a sample. */
export function finishPowerJob(integrator: PowerIntegrator, spec: PowerJobSpec): PowerJob {
  const devices = integrator.results()
  if (devices.length === 0) throw new ArtifactError(spec.path, undefined, spec.empty)
  const firstMs = minOf(devices.map((d) => d.firstMs))
  const lastMs = maxOf(devices.map((d) => d.lastMs))
  const notes = [...(spec.notes ?? [])]
  if (integrator.gaps > 0) notes.push(gapNote(integrator.gaps, spec.maxGapSeconds))
  const notices = [integrator.gapNotice(), singleSampleNotice(spec.path, devices)].filter(
    (n) => n !== undefined,
  )
  const startedAt = spec.startedAt ?? (spec.epochTimes ? toIso(firstMs) : undefined)
  const job: JobRecord = {
    name: spec.name,
    source: { path: spec.path, format: spec.format },
    itEnergyKWh: devices.reduce((sum, d) => sum + d.kWh, 0),
    gpuCount: spec.gpuCount ?? devices.length,
    ...(spec.gpuModel !== undefined ? { gpuModel: spec.gpuModel } : {}),
    ...(startedAt !== undefined ? { startedAt } : {}),
    durationHours: spec.durationHours ?? (lastMs - firstMs) / 3_600_000,
    ...(notes.length > 0 ? { notes } : {}),
    ...(spec.epochTimes ? profileField(integrator.profile()) : {}),
  }
  return { job, notices }
}
