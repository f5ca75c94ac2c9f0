import type { Config } from '../config/types.js'
import type { Assumption, JobEstimate, Totals } from '../core/types.js'
import { hourlyRate } from '../model/embodied.js'

const BLOOM_EMBODIED =
  'Luccioni, Viguier & Ligozat 2022 (BLOOM, arXiv 2211.02001) §4.1, figures from IDRIS'

/** Sum of the jobs' figures. */
export function sumTotals(jobs: readonly JobEstimate[]): Totals {
  let itEnergyKWh = 0
  let overheadKWh = 0
  let operationalKg = 0
  let embodiedKg = 0
  for (const j of jobs) {
    itEnergyKWh += j.itEnergyKWh
    overheadKWh += j.overheadKWh
    operationalKg += j.operationalKg
    embodiedKg += j.embodiedKg
  }
  return {
    itEnergyKWh,
    overheadKWh,
    facilityEnergyKWh: itEnergyKWh + overheadKWh,
    operationalKg,
    embodiedKg,
    totalKg: operationalKg + embodiedKg,
  }
}

export interface JobAssumptions {
  readonly estimate: JobEstimate
  readonly pueSource: string
  readonly hardwareAssumed?: string
}

/** Every figure the estimate used, with its source; one line per distinct value. */
export function listAssumptions(jobs: readonly JobAssumptions[], config: Config): Assumption[] {
  const out: Assumption[] = []
  const seen = new Set<string>()
  const add = (a: Assumption): void => {
    const key = `${a.name}|${a.value}|${a.source}`
    if (seen.has(key)) return
    seen.add(key)
    out.push(a)
  }
  for (const { estimate: j } of jobs) {
    add({
      name: j.region !== undefined ? `grid intensity (${j.region})` : 'grid intensity',
      value: round(j.intensityGPerKWh, 2),
      unit: 'g CO2e/kWh',
      source: `${j.intensitySource}: ${j.intensityNote}`,
    })
  }
  for (const { estimate: j, pueSource } of jobs) {
    if (j.overheadMode === 'pue') {
      add({ name: 'PUE', value: j.pue, unit: '', source: pueSource })
    } else {
      add({ name: 'facility overhead', value: 'idle', unit: '', source: pueSource })
    }
  }
  if (config.overhead.mode === 'idle') {
    add({
      name: 'idle ratio',
      value: config.overhead.idleRatio,
      unit: 'idle kWh per IT kWh',
      source: 'BLOOM: 256,646 / 433,196 kWh (Luccioni et al. 2022 §4.3)',
    })
  }
  const hw = config.hardware
  const defaults = hw.gpuEmbodiedKg === 150 && hw.serverEmbodiedKg === 2500
  const src = defaults ? BLOOM_EMBODIED : 'configuration (hardware)'
  add({ name: 'GPU embodied', value: hw.gpuEmbodiedKg, unit: 'kg CO2e per GPU', source: src })
  for (const [model, v] of Object.entries(hw.gpus)) {
    add({
      name: `GPU embodied (${model})`,
      value: v.embodiedKg,
      unit: 'kg CO2e per GPU',
      source: 'configuration (hardware.gpus)',
    })
  }
  add({
    name: 'server embodied',
    value: hw.serverEmbodiedKg,
    unit: 'kg CO2e per server',
    source: src,
  })
  add({ name: 'GPUs per server', value: hw.gpusPerServer, unit: '', source: src })
  add({
    name: 'CPU threads per server',
    value: hw.threadsPerServer,
    unit: '',
    source: 'default: a 2-socket, 64-core server',
  })
  add({ name: 'hardware lifetime', value: hw.lifetimeYears, unit: 'years', source: src })
  add({ name: 'hardware utilization', value: hw.utilization, unit: '', source: src })
  add({
    name: 'server embodied rate',
    value: round(hourlyRate(hw.serverEmbodiedKg, hw), 5),
    unit: 'kg CO2e per server-hour',
    source: 'embodied / (lifetime × 8760 h × utilization)',
  })
  for (const { estimate: j, hardwareAssumed } of jobs) {
    if (hardwareAssumed !== undefined) {
      add({
        name: `hardware of ${j.name}`,
        value: hardwareAssumed,
        unit: '',
        source: 'assumed: the artifact does not say',
      })
    }
  }
  const localTimes = jobs.some(
    ({ estimate: j }) => j.source.format !== 'generic' && j.source.format !== 'zeus',
  )
  if (localTimes) {
    add({
      name: 'time zone of tracker timestamps',
      value: config.timezone,
      unit: '',
      source:
        config.timezone === 'UTC'
          ? 'default: trackers write local times without a zone'
          : 'configuration (timezone)',
    })
  }
  return out
}

function round(x: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}
