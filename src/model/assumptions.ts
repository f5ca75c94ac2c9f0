/**
 * Every figure an estimate used, with where it comes from: the report's `assumptions`. A default
 * names its published source; a figure the user set names the setting.
 */
import type { Assumption, JobEstimate } from '../core/types.js'
import { hourlyRate } from './embodied.js'
import type { HardwareSettings, ModelSettings } from './settings.js'
import {
  BLOOM_EMBODIED_SOURCE,
  BLOOM_IDLE_RATIO_SOURCE,
  DEFAULT_HARDWARE,
  DEFAULT_OVERHEAD,
  THREADS_PER_SERVER_SOURCE,
} from './settings.js'

export interface JobAssumptions {
  readonly estimate: JobEstimate
  readonly pueSource: string
  readonly hardwareAssumed?: string
}

/** The zone trackers' local timestamps were read in, when a job's format writes local times. */
export interface TimeZoneUse {
  readonly zone: string
  readonly isDefault: boolean
}

/** Every figure the estimate used, with its source; one line per distinct value. */
export function listAssumptions(
  jobs: readonly JobAssumptions[],
  settings: ModelSettings,
  timeZone?: TimeZoneUse,
): Assumption[] {
  const out: Assumption[] = []
  const seen = new Set<string>()
  const add = (a: Assumption): void => {
    const key = `${a.name}|${a.value}|${a.source}`
    if (seen.has(key)) return
    seen.add(key)
    out.push(a)
  }
  listJobFigures(jobs).forEach(add)
  if (settings.overhead.mode === 'idle') add(idleRatioFigure(settings.overhead.idleRatio))
  listHardwareFigures(settings.hardware).forEach(add)
  for (const { estimate: j, hardwareAssumed } of jobs) {
    if (hardwareAssumed === undefined) continue
    add({
      name: `hardware of ${j.name}`,
      value: hardwareAssumed,
      unit: '',
      source: 'assumed: the artifact does not say',
    })
  }
  if (timeZone !== undefined) add(timeZoneFigure(timeZone))
  return out
}

/** Each job's intensity, then each job's PUE or idle overhead. */
function listJobFigures(jobs: readonly JobAssumptions[]): Assumption[] {
  const intensities = jobs.map(({ estimate: j }) => ({
    name: j.region !== undefined ? `grid intensity (${j.region})` : 'grid intensity',
    value: round(j.intensityGPerKWh, 2),
    unit: 'g CO2e/kWh',
    source: `${j.intensitySource}: ${j.intensityNote}`,
  }))
  const overheads = jobs.map(({ estimate: j, pueSource }) =>
    j.overheadMode === 'pue'
      ? { name: 'PUE', value: j.pue, unit: '', source: pueSource }
      : { name: 'facility overhead', value: 'idle', unit: '', source: pueSource },
  )
  return [...intensities, ...overheads]
}

function idleRatioFigure(idleRatio: number): Assumption {
  return {
    name: 'idle ratio',
    value: idleRatio,
    unit: 'idle kWh per IT kWh',
    source:
      idleRatio === DEFAULT_OVERHEAD.idleRatio
        ? BLOOM_IDLE_RATIO_SOURCE
        : 'configuration (overhead.idle-ratio)',
  }
}

/** The embodied figures: a default names BLOOM's source, a setting names the configuration. */
function listHardwareFigures(hw: HardwareSettings): Assumption[] {
  const sourceOf = (field: keyof Omit<HardwareSettings, 'gpus'>, source: string): string =>
    hw[field] === DEFAULT_HARDWARE[field] ? source : 'configuration (hardware)'
  const bloom = (field: keyof Omit<HardwareSettings, 'gpus'>): string =>
    sourceOf(field, BLOOM_EMBODIED_SOURCE)
  return [
    {
      name: 'GPU embodied',
      value: hw.gpuEmbodiedKg,
      unit: 'kg CO2e per GPU',
      source: bloom('gpuEmbodiedKg'),
    },
    ...Object.entries(hw.gpus).map(([model, v]) => ({
      name: `GPU embodied (${model})`,
      value: v.embodiedKg,
      unit: 'kg CO2e per GPU',
      source: 'configuration (hardware.gpus)',
    })),
    {
      name: 'server embodied',
      value: hw.serverEmbodiedKg,
      unit: 'kg CO2e per server',
      source: bloom('serverEmbodiedKg'),
    },
    { name: 'GPUs per server', value: hw.gpusPerServer, unit: '', source: bloom('gpusPerServer') },
    {
      name: 'CPU threads per server',
      value: hw.threadsPerServer,
      unit: '',
      source: sourceOf('threadsPerServer', THREADS_PER_SERVER_SOURCE),
    },
    {
      name: 'hardware lifetime',
      value: hw.lifetimeYears,
      unit: 'years',
      source: bloom('lifetimeYears'),
    },
    { name: 'hardware utilization', value: hw.utilization, unit: '', source: bloom('utilization') },
    {
      name: 'server embodied rate',
      value: round(hourlyRate(hw.serverEmbodiedKg, hw), 5),
      unit: 'kg CO2e per server-hour',
      source: 'embodied / (lifetime × 8760 h × utilization)',
    },
  ]
}

function timeZoneFigure(timeZone: TimeZoneUse): Assumption {
  return {
    name: 'time zone of tracker timestamps',
    value: timeZone.zone,
    unit: '',
    source: timeZone.isDefault
      ? 'default: trackers write local times without a zone'
      : 'configuration (timezone)',
  }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}
