/**
 * Every figure an estimate used, with where it comes from: the report's `assumptions`. A default
 * names its published source; a figure the user set names the setting.
 */
import type { Assumption, JobEstimate } from '../core/types.js'
import { hourlyRate } from './embodied.js'
import {
  type Spread,
  gpuEmbodiedSpread,
  hardwareSpreads,
  overheadSpread,
  pointSpread,
} from './ranges.js'

/** Why a count has no range. */
const HOW_COUNTED = 'how the hardware is counted, not an estimate: no spread'
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
  /** The ranges of the job's intensity and PUE or idle ratio (model/ranges.ts). */
  readonly intensitySpread?: Spread
  readonly overheadSpread?: Spread
}

/** An assumption's low, high and where they come from, rounded like its value. */
function withSpread(spread: Spread | undefined, digits: number): Partial<Assumption> {
  if (spread === undefined) return {}
  return {
    low: round(spread.low, digits),
    high: round(spread.high, digits),
    rangeSource: spread.source,
  }
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
  listGpuModelFigures(jobs, settings.hardware).forEach(add)
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
  const intensities = jobs.map(({ estimate: j, intensitySpread }) => ({
    name: j.region !== undefined ? `grid intensity (${j.region})` : 'grid intensity',
    value: round(j.intensityGPerKWh, 2),
    unit: 'g CO2e/kWh',
    source: `${j.intensitySource}: ${j.intensityNote}`,
    ...withSpread(intensitySpread, 2),
  }))
  const overheads = jobs.map(({ estimate: j, pueSource, overheadSpread }) =>
    j.overheadMode === 'pue'
      ? { name: 'PUE', value: j.pue, unit: '', source: pueSource, ...withSpread(overheadSpread, 4) }
      : { name: 'facility overhead', value: 'idle', unit: '', source: pueSource },
  )
  return [...intensities, ...overheads]
}

function idleRatioFigure(idleRatio: number): Assumption {
  const isDefault = idleRatio === DEFAULT_OVERHEAD.idleRatio
  return {
    name: 'idle ratio',
    value: idleRatio,
    unit: 'idle kWh per IT kWh',
    source: isDefault ? BLOOM_IDLE_RATIO_SOURCE : 'configuration (overhead.idle-ratio)',
    ...withSpread(overheadSpread({ mode: 'idle-ratio', value: idleRatio }), 4),
  }
}

/** Each GPU model's embodied range, where the jobs name a model. */
function listGpuModelFigures(jobs: readonly JobAssumptions[], hw: HardwareSettings): Assumption[] {
  const models = new Set<string>()
  for (const { estimate: j } of jobs)
    if (j.gpuCount > 0 && j.gpuModel !== undefined) models.add(j.gpuModel)
  return [...models].sort().map((model) => {
    const spread = gpuEmbodiedSpread(model, hw)
    return {
      name: `GPU embodied (${model})`,
      value: spread.central,
      unit: 'kg CO2e per GPU',
      source: 'the GPU embodied figure for this model',
      ...withSpread(spread, 2),
    }
  })
}

/** The embodied figures: a default names BLOOM's source, a setting names the configuration. */
function listHardwareFigures(hw: HardwareSettings): Assumption[] {
  const sourceOf = (field: keyof Omit<HardwareSettings, 'gpus'>, source: string): string =>
    hw[field] === DEFAULT_HARDWARE[field] ? source : 'configuration (hardware)'
  const bloom = (field: keyof Omit<HardwareSettings, 'gpus'>): string =>
    sourceOf(field, BLOOM_EMBODIED_SOURCE)
  const spreads = hardwareSpreads(hw)
  const gpu = gpuEmbodiedSpread(undefined, hw)
  const rate = (end: 'low' | 'high'): number => {
    const other = end === 'low' ? 'high' : 'low'
    return hourlyRate(spreads.server[end], {
      ...hw,
      lifetimeYears: spreads.lifetime[other],
      utilization: spreads.utilization[other],
    })
  }
  return [
    {
      name: 'GPU embodied',
      value: hw.gpuEmbodiedKg,
      unit: 'kg CO2e per GPU',
      source: bloom('gpuEmbodiedKg'),
      ...withSpread(gpu, 2),
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
      ...withSpread(spreads.server, 2),
    },
    {
      name: 'GPUs per server',
      value: hw.gpusPerServer,
      unit: '',
      source: bloom('gpusPerServer'),
      ...withSpread(pointSpread(hw.gpusPerServer, HOW_COUNTED), 0),
    },
    {
      name: 'CPU threads per server',
      value: hw.threadsPerServer,
      unit: '',
      source: sourceOf('threadsPerServer', THREADS_PER_SERVER_SOURCE),
      ...withSpread(pointSpread(hw.threadsPerServer, HOW_COUNTED), 0),
    },
    {
      name: 'hardware lifetime',
      value: hw.lifetimeYears,
      unit: 'years',
      source: bloom('lifetimeYears'),
      ...withSpread(spreads.lifetime, 2),
    },
    {
      name: 'hardware utilization',
      value: hw.utilization,
      unit: '',
      source: bloom('utilization'),
      ...withSpread(spreads.utilization, 4),
    },
    {
      name: 'server embodied rate',
      value: round(hourlyRate(hw.serverEmbodiedKg, hw), 5),
      unit: 'kg CO2e per server-hour',
      source: 'embodied / (lifetime × 8760 h × utilization)',
      low: round(rate('low'), 5),
      high: round(rate('high'), 5),
      rangeSource:
        'server embodied at each end over the longest life at the highest use, and the reverse',
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
