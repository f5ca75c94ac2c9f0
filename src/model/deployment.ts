/**
 * Deployment projection: one day of serving a model through the same lifecycle model as training
 * (IT energy → facility overhead → × intensity, plus the serving hardware's amortised embodied
 * share), then a year, and the day on which serving has emitted as much as training.
 *
 * A day is built one of two ways:
 * - measured: an inference artifact's energy (a CodeCarbon run of the serving code, an
 *   optimum-benchmark run, …) scaled to the expected traffic:
 *   `kWh/day = E_measured × (requests/day ÷ requests measured)` (or tokens), else
 *   `E_measured × 24 h ÷ the measured duration` when no traffic is given;
 * - hardware: `kWh/day = (GPUs × W per GPU + CPU W) × hours/day ÷ 1000`.
 * The serving hardware is held `hours/day × scale` hours a day, scale being the same traffic
 * ratio (more traffic, more hardware time).
 */
import type { DeploymentProjection } from '../core/cost-types.js'
import type { JobRecord } from '../core/types.js'
import { estimateJob } from './estimate-job.js'
import type { ModelSettings } from './settings.js'

export interface DeploymentSettings {
  /** The inference artifact (a path as the artifacts are given): measured mode. */
  readonly inference?: string
  /** Requests / tokens the inference artifact's run served. */
  readonly measuredRequests?: number
  readonly measuredTokens?: number
  /** Expected traffic. */
  readonly requestsPerDay?: number
  readonly tokensPerDay?: number
  /** Serving hardware (hardware mode; in measured mode they fill what the artifact lacks). */
  readonly gpus?: number
  readonly gpuModel?: string
  readonly gpuPowerW?: number
  readonly cpuThreads?: number
  readonly cpuPowerW?: number
  /** Hours a day the serving hardware runs (default 24). */
  readonly hoursPerDay?: number
  /** Where the model is served, when not where it was trained. */
  readonly region?: string
  readonly intensity?: number
  readonly pue?: number
  /** Count the serving hardware's embodied share (default true). */
  readonly embodied?: boolean
  /** The training total to compare with; default this run's total. */
  readonly trainingKg?: number
}

export const HOURS_PER_DAY = 24
export const DAYS_PER_YEAR = 365

/** What is wrong with the block, one line each (`deployment.key: what`). */
export function checkDeployment(d: DeploymentSettings): string[] {
  const out: string[] = []
  const hardware = d.gpuPowerW !== undefined || d.cpuPowerW !== undefined
  if (d.inference === undefined && !hardware) {
    out.push(
      'deployment: needs either inference (a measured inference artifact) or serving hardware (gpus with gpu-power-w, or cpu-power-w)',
    )
  }
  if (d.inference !== undefined && hardware) {
    out.push(
      'deployment: give either inference (measured) or gpu-power-w / cpu-power-w (hardware), not both',
    )
  }
  if (d.gpuPowerW !== undefined && (d.gpus === undefined || d.gpus <= 0)) {
    out.push('deployment.gpus: needed with gpu-power-w (how many GPUs serve)')
  }
  const pairs = [
    ['measured-requests', d.measuredRequests, 'requests-per-day', d.requestsPerDay],
    ['measured-tokens', d.measuredTokens, 'tokens-per-day', d.tokensPerDay],
  ] as const
  for (const [a, av, b, bv] of pairs) {
    if ((av === undefined) !== (bv === undefined)) {
      out.push(`deployment.${av === undefined ? a : b}: needed with ${av === undefined ? b : a}`)
    }
    if (av !== undefined && d.inference === undefined) {
      out.push(`deployment.${a}: only with inference (the artifact whose run served them)`)
    }
  }
  return out
}

export interface DeploymentInput {
  readonly settings: DeploymentSettings
  /** The inference artifact's jobs (measured mode), already read. */
  readonly inferenceJobs: readonly JobRecord[]
  readonly model: ModelSettings
  /** This run's total: the training compared with unless the block names one. */
  readonly runTotalKg: number
}

interface Day {
  readonly itEnergyKWh: number
  /** Hours of serving hardware a day. */
  readonly hours: number
  readonly basis: string
  readonly requestsPerDay?: number
  readonly tokensPerDay?: number
  readonly template: Partial<JobRecord>
}

function fmt(x: number): string {
  return Number(x.toPrecision(6)).toLocaleString('en-US')
}

function measuredDay(s: DeploymentSettings, jobs: readonly JobRecord[], hoursPerDay: number): Day {
  const energy = jobs.reduce((e, j) => e + j.itEnergyKWh, 0)
  const first = jobs[0]
  const duration = jobs.reduce((h, j) => Math.max(h, j.durationHours ?? 0), 0)
  let scale: number
  let basis: string
  if (s.measuredRequests !== undefined && s.requestsPerDay !== undefined) {
    const measuredDays = duration > 0 ? duration / HOURS_PER_DAY : 1
    scale = s.requestsPerDay / s.measuredRequests
    basis = `${fmt(energy)} kWh measured over ${fmt(s.measuredRequests)} requests × ${fmt(s.requestsPerDay)} requests/day`
    // Hardware time scales with the traffic: measured days × (planned ÷ measured traffic).
    return {
      itEnergyKWh: energy * scale,
      hours: hoursPerDay * measuredDays * scale,
      basis,
      requestsPerDay: s.requestsPerDay,
      ...(s.tokensPerDay !== undefined ? { tokensPerDay: s.tokensPerDay } : {}),
      template: templateOf(first),
    }
  }
  if (s.measuredTokens !== undefined && s.tokensPerDay !== undefined) {
    const measuredDays = duration > 0 ? duration / HOURS_PER_DAY : 1
    scale = s.tokensPerDay / s.measuredTokens
    basis = `${fmt(energy)} kWh measured over ${fmt(s.measuredTokens)} tokens × ${fmt(s.tokensPerDay)} tokens/day`
    return {
      itEnergyKWh: energy * scale,
      hours: hoursPerDay * measuredDays * scale,
      basis,
      tokensPerDay: s.tokensPerDay,
      template: templateOf(first),
    }
  }
  if (duration > 0) {
    scale = HOURS_PER_DAY / duration
    basis = `${fmt(energy)} kWh measured over ${fmt(duration)} h, at the same load ${fmt(hoursPerDay)} h/day`
    return {
      itEnergyKWh: energy * scale * (hoursPerDay / HOURS_PER_DAY),
      hours: hoursPerDay,
      basis,
      template: templateOf(first),
    }
  }
  return {
    itEnergyKWh: energy,
    hours: hoursPerDay,
    basis: `${fmt(energy)} kWh measured, taken as one day (the artifact records no duration)`,
    template: templateOf(first),
  }
}

function templateOf(job: JobRecord | undefined): Partial<JobRecord> {
  if (job === undefined) return {}
  const { gpuCount, gpuModel, gpuModels, cpuThreads, intensityGPerKWh, pue } = job
  const { region, cloudProvider, cloudRegion, country } = job
  return Object.fromEntries(
    Object.entries({
      gpuCount,
      gpuModel,
      gpuModels,
      cpuThreads,
      intensityGPerKWh,
      pue,
      region,
      cloudProvider,
      cloudRegion,
      country,
    }).filter(([, v]) => v !== undefined),
  )
}

function hardwareDay(s: DeploymentSettings, hoursPerDay: number): Day {
  const gpus = s.gpus ?? 0
  const watts = gpus * (s.gpuPowerW ?? 0) + (s.cpuPowerW ?? 0)
  const parts = [
    ...(gpus > 0 && s.gpuPowerW !== undefined ? [`${fmt(gpus)} GPUs × ${fmt(s.gpuPowerW)} W`] : []),
    ...(s.cpuPowerW !== undefined ? [`${fmt(s.cpuPowerW)} W CPU`] : []),
  ]
  return {
    itEnergyKWh: (watts * hoursPerDay) / 1000,
    hours: hoursPerDay,
    basis: `${parts.join(' + ')} × ${fmt(hoursPerDay)} h/day`,
    ...(s.requestsPerDay !== undefined ? { requestsPerDay: s.requestsPerDay } : {}),
    ...(s.tokensPerDay !== undefined ? { tokensPerDay: s.tokensPerDay } : {}),
    template: {},
  }
}

/** One day of serving, through estimateJob, and the year and break-even day from it. */
export function projectDeployment(input: DeploymentInput): DeploymentProjection {
  const s = input.settings
  const hoursPerDay = s.hoursPerDay ?? HOURS_PER_DAY
  const measured = s.inference !== undefined
  const day = measured
    ? measuredDay(s, input.inferenceJobs, hoursPerDay)
    : hardwareDay(s, hoursPerDay)
  const gpuCount = s.gpus ?? day.template.gpuCount
  const gpuModel = s.gpuModel ?? day.template.gpuModel
  const cpuThreads = s.cpuThreads ?? day.template.cpuThreads
  const job: JobRecord = {
    ...day.template,
    name: 'deployment: one day',
    source: { path: s.inference ?? 'deployment', format: 'generic' },
    itEnergyKWh: day.itEnergyKWh,
    durationHours: day.hours,
    ...(gpuCount !== undefined ? { gpuCount } : {}),
    ...(gpuModel !== undefined ? { gpuModel } : {}),
    ...(cpuThreads !== undefined ? { cpuThreads } : {}),
  }
  const model = servingSettings(input.model, s, day.template)
  const { estimate } = estimateJob(job, 'deployment', model)
  const embodiedKgPerDay = s.embodied === false ? 0 : estimate.embodiedKg
  const totalKgPerDay = estimate.operationalKg + embodiedKgPerDay
  const trainingKg = s.trainingKg ?? input.runTotalKg
  const requests = day.requestsPerDay
  const tokens = day.tokensPerDay
  return {
    mode: measured ? 'measured' : 'hardware',
    basis: day.basis,
    itEnergyKWhPerDay: estimate.itEnergyKWh,
    overheadKWhPerDay: estimate.overheadKWh,
    facilityEnergyKWhPerDay: estimate.itEnergyKWh + estimate.overheadKWh,
    operationalKgPerDay: estimate.operationalKg,
    embodiedKgPerDay,
    totalKgPerDay,
    totalKgPerYear: totalKgPerDay * DAYS_PER_YEAR,
    intensityGPerKWh: estimate.intensityGPerKWh,
    intensitySource: estimate.intensitySource,
    pue: estimate.pue,
    overheadMode: estimate.overheadMode,
    ...(requests !== undefined && requests > 0
      ? { requestsPerDay: requests, kgPerRequest: totalKgPerDay / requests }
      : {}),
    ...(tokens !== undefined && tokens > 0
      ? { tokensPerDay: tokens, kgPerMillionTokens: (totalKgPerDay / tokens) * 1e6 }
      : {}),
    trainingKg,
    trainingBasis: s.trainingKg !== undefined ? 'deployment.training' : 'this run',
    breakEvenDays: totalKgPerDay > 0 ? trainingKg / totalKgPerDay : null,
  }
}

/**
 * The model's settings for serving: the block's own intensity, region and PUE first; without
 * them, an inference artifact that says where it ran (its intensity, region or country) is not
 * overridden by the training's intensity or region.
 */
function servingSettings(
  base: ModelSettings,
  s: DeploymentSettings,
  template: Partial<JobRecord>,
): ModelSettings {
  const { intensity: _i, region: _r, ...rest } = base
  const own = s.intensity !== undefined || s.region !== undefined
  const located =
    template.intensityGPerKWh !== undefined ||
    template.region !== undefined ||
    template.cloudRegion !== undefined ||
    template.country !== undefined
  const place = own
    ? {
        ...(s.intensity !== undefined ? { intensity: s.intensity } : {}),
        ...(s.region !== undefined ? { region: s.region } : {}),
      }
    : located
      ? {}
      : {
          ...(base.intensity !== undefined ? { intensity: base.intensity } : {}),
          ...(base.region !== undefined ? { region: base.region } : {}),
        }
  const pue = s.pue ?? base.pue
  return { ...rest, ...place, ...(pue !== undefined ? { pue } : {}) }
}
