import type { JobEstimate, JobRecord, OverheadMode } from '../core/types.js'
import { embodiedKg, hardwareUse } from './embodied.js'
import { defaultPue } from './intensity-data.js'
import {
  type OverheadBasis,
  type Spread,
  boundJob,
  intensitySpread,
  overheadSpread,
} from './ranges.js'
import { type ResolvedIntensity, resolveIntensity } from './resolve-intensity.js'
import { applySeries } from './series-intensity.js'
import type { ModelSettings } from './settings.js'

export interface JobEstimateResult {
  readonly estimate: JobEstimate
  /** Why a figure is what it is (PUE source, hardware assumed), for the report's assumptions. */
  readonly pueSource: string
  readonly hardwareAssumed?: string
  readonly warnings: readonly string[]
  /** The ranges of the job's intensity and of its PUE or idle ratio, for the assumptions. */
  readonly intensitySpread: Spread
  readonly overheadSpread: Spread
}

interface Overhead {
  readonly kWh: number
  readonly mode: OverheadMode
  readonly pue: number
  readonly pueSource: string
  readonly basis: OverheadBasis
}

function resolveOverhead(job: JobRecord, settings: ModelSettings): Overhead {
  if (job.idleEnergyKWh !== undefined) {
    const basis: OverheadBasis = { mode: 'measured', value: 0 }
    return {
      kWh: job.idleEnergyKWh,
      mode: 'idle',
      pue: 1,
      pueSource: 'measured idle energy',
      basis,
    }
  }
  if (settings.overhead.mode === 'idle') {
    const ratio = settings.overhead.idleRatio
    return {
      kWh: job.itEnergyKWh * ratio,
      mode: 'idle',
      pue: 1,
      pueSource: `idle ratio ${ratio}`,
      basis: { mode: 'idle-ratio', value: ratio },
    }
  }
  let pue: number
  let pueSource: string
  let pueFrom: OverheadBasis['pueFrom']
  if (settings.pue !== undefined) {
    pue = settings.pue
    pueSource = 'set by the pue setting'
    pueFrom = 'setting'
  } else if (job.pue !== undefined && job.pue > 1) {
    pue = job.pue
    pueSource = `stated by the artifact (${job.source.format})`
    pueFrom = 'artifact'
  } else {
    const figure = defaultPue(job.cloudProvider)
    pue = figure.pue
    pueSource = figure.source
    pueFrom = 'default'
  }
  const basis: OverheadBasis = { mode: 'pue', value: pue, pueFrom }
  return { kWh: job.itEnergyKWh * (pue - 1), mode: 'pue', pue, pueSource, basis }
}

const NOT_USED = 'not used: the artifact states its emissions'
const STATED_OVERHEAD: Overhead = {
  kWh: 0,
  mode: 'pue',
  pue: 1,
  pueSource: NOT_USED,
  basis: { mode: 'pue', value: 1, pueFrom: 'artifact' },
}

function statedIntensity(job: JobRecord): ResolvedIntensity {
  return { gPerKWh: 0, source: 'artifact', note: `${NOT_USED} (${job.source.format})` }
}

/** Contract §2 for one job: operational (IT + overhead) × intensity, plus amortised embodied. */
export function estimateJob(
  job: JobRecord,
  id: string,
  settings: ModelSettings,
): JobEstimateResult {
  const warnings: string[] = []
  // A model card states its emissions, not its energy: they are its operational emissions, and
  // no intensity or PUE applies to them.
  const stated = job.statedEmissionsKg
  const annual = stated === undefined ? resolveIntensity(job, settings) : statedIntensity(job)
  const series = stated === undefined ? applySeries(job, annual, settings) : undefined
  const intensity = series?.intensity ?? annual
  if (series?.warning !== undefined) warnings.push(series.warning)
  const overhead = stated === undefined ? resolveOverhead(job, settings) : STATED_OVERHEAD
  const operationalKg = stated ?? ((job.itEnergyKWh + overhead.kWh) * intensity.gPerKWh) / 1000

  const gpuCount = job.gpuCount
  let hours = job.durationHours
  if (hours === undefined && job.gpuHours !== undefined && gpuCount !== undefined && gpuCount > 0) {
    hours = job.gpuHours / gpuCount
  }
  const use = hardwareUse(gpuCount, job.cpuThreads, settings.hardware)
  let embodied = 0
  if (hours === undefined) {
    warnings.push(`${job.name}: no duration recorded, embodied emissions not counted`)
  } else {
    embodied = embodiedKg(hours, use, job.gpuModel, settings.hardware, job.gpuModels)
  }

  const iSpread = intensitySpread(intensity, stated !== undefined)
  const oSpread =
    stated !== undefined
      ? { low: 1, central: 1, high: 1, source: NOT_USED }
      : overheadSpread(overhead.basis, job.cloudProvider)
  const bounds = boundJob({
    job,
    settings,
    intensity: iSpread,
    overhead: oSpread,
    basis: overhead.basis,
    hours,
    use,
  })

  const estimate: JobEstimate = {
    id,
    name: job.name,
    source: job.source,
    ...(job.startedAt !== undefined ? { startedAt: job.startedAt } : {}),
    durationHours: hours ?? 0,
    gpuCount: use.gpus,
    ...(job.gpuModel !== undefined ? { gpuModel: job.gpuModel } : {}),
    ...(job.cpuThreads !== undefined ? { cpuThreads: job.cpuThreads } : {}),
    ...(intensity.region !== undefined ? { region: intensity.region } : {}),
    intensityGPerKWh: intensity.gPerKWh,
    intensitySource: intensity.source,
    intensityNote: intensity.note,
    pue: overhead.pue,
    overheadMode: overhead.mode,
    itEnergyKWh: job.itEnergyKWh,
    overheadKWh: overhead.kWh,
    operationalKg,
    embodiedKg: embodied,
    totalKg: operationalKg + embodied,
    ...(job.waterL !== undefined ? { waterL: job.waterL } : {}),
    ...(job.wueLPerKWh !== undefined ? { wueLPerKWh: job.wueLPerKWh } : {}),
    low: bounds.low,
    high: bounds.high,
  }
  return {
    estimate,
    intensitySpread: iSpread,
    overheadSpread: oSpread,
    pueSource: overhead.pueSource,
    ...(use.assumed !== undefined ? { hardwareAssumed: use.assumed } : {}),
    warnings,
  }
}
