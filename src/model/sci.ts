/**
 * Software Carbon Intensity, ISO/IEC 21031:2024 (the Green Software Foundation's SCI):
 * `SCI = (E × I + M) per R`, with E the energy (kWh, here facility energy: IT + overhead), I the
 * location-based intensity (g CO2e/kWh), M the embodied emissions (g CO2e) and R the functional
 * unit. R is one training run for the report's jobs, and one request or one million tokens for a
 * deployment day when the traffic is known. Every term names where its value comes from.
 */
import type { DeploymentProjection, SciScore, SciTerm } from '../core/cost-types.js'
import type { JobEstimate, Totals } from '../core/types.js'
import { BLOOM_EMBODIED_SOURCE } from './settings.js'

export const SCI_SOURCE = 'ISO/IEC 21031:2024 (Green Software Foundation SCI): (E × I + M) per R'

const G_PER_KG = 1000

function uniq(items: readonly string[]): string {
  return [...new Set(items)].join(', ')
}

function score(
  unit: SciScore['functionalUnit'],
  e: number,
  operationalKg: number,
  embodiedKg: number,
  units: number,
  sources: { readonly e: string; readonly i: string; readonly m: string; readonly r: string },
): SciScore {
  const intensity = e > 0 ? (operationalKg * G_PER_KG) / e : 0
  const terms: SciTerm[] = [
    { term: 'E', value: e, unit: 'kWh', source: sources.e },
    { term: 'I', value: intensity, unit: 'g CO2e/kWh', source: sources.i },
    { term: 'M', value: embodiedKg * G_PER_KG, unit: 'g CO2e', source: sources.m },
    { term: 'R', value: units, unit, source: sources.r },
  ]
  return {
    functionalUnit: unit,
    scoreG: units > 0 ? ((operationalKg + embodiedKg) * G_PER_KG) / units : 0,
    energyKWh: e,
    intensityGPerKWh: intensity,
    embodiedG: embodiedKg * G_PER_KG,
    units,
    terms,
  }
}

/** Per training run: E, I and M of every job this report holds; R = 1 run. */
export function scoreTrainingRun(totals: Totals, jobs: readonly JobEstimate[]): SciScore {
  const formats = uniq(jobs.map((j) => j.source.format))
  const modes = uniq(jobs.map((j) => (j.overheadMode === 'idle' ? 'idle energy' : `PUE ${j.pue}`)))
  const intensities = uniq(jobs.map((j) => `${j.intensitySource}: ${j.intensityNote}`))
  return score(
    'training run',
    totals.facilityEnergyKWh,
    totals.operationalKg,
    totals.embodiedKg,
    1,
    {
      e: `the artifacts (${formats || 'none'}), IT energy + facility overhead (${modes || 'none'})`,
      i: `energy-weighted over the jobs; ${intensities || 'none'}`,
      m: `amortised embodied hardware: embodied ÷ (lifetime × 8760 h × utilization) × hours; ${BLOOM_EMBODIED_SOURCE}`,
      r: 'one training run: every job of this report',
    },
  )
}

/** Per request and per million tokens of a deployment day, when its traffic is known. */
export function scoreDeployment(d: DeploymentProjection): SciScore[] {
  const sources = (r: string): { e: string; i: string; m: string; r: string } => ({
    e: `deployment day (${d.mode}): ${d.basis}; overhead ${d.overheadMode === 'idle' ? 'idle ratio' : `PUE ${d.pue}`}`,
    i: d.intensitySource,
    m: `serving hardware's amortised embodied share a day; ${BLOOM_EMBODIED_SOURCE}`,
    r,
  })
  const out: SciScore[] = []
  const e = d.facilityEnergyKWhPerDay
  if (d.requestsPerDay !== undefined && d.requestsPerDay > 0) {
    out.push(
      score(
        'request',
        e,
        d.operationalKgPerDay,
        d.embodiedKgPerDay,
        d.requestsPerDay,
        sources('deployment.requests-per-day'),
      ),
    )
  }
  if (d.tokensPerDay !== undefined && d.tokensPerDay > 0) {
    out.push(
      score(
        'million tokens',
        e,
        d.operationalKgPerDay,
        d.embodiedKgPerDay,
        d.tokensPerDay / 1e6,
        sources('deployment.tokens-per-day ÷ 1,000,000'),
      ),
    )
  }
  return out
}
