/** Sums over estimated jobs: the report's totals, and the parts shown beside them. */
import type { JobEstimate, KgBounds, Totals } from '../core/types.js'
import { ZERO_BOUNDS, addBounds } from './ranges.js'

/** Sum of the jobs' figures. */
export function sumTotals(jobs: readonly JobEstimate[]): Totals {
  let itEnergyKWh = 0
  let overheadKWh = 0
  let operationalKg = 0
  let embodiedKg = 0
  let low = ZERO_BOUNDS
  let high = ZERO_BOUNDS
  for (const j of jobs) {
    itEnergyKWh += j.itEnergyKWh
    overheadKWh += j.overheadKWh
    operationalKg += j.operationalKg
    embodiedKg += j.embodiedKg
    low = addBounds(low, j.low ?? j)
    high = addBounds(high, j.high ?? j)
  }
  return {
    itEnergyKWh,
    overheadKWh,
    facilityEnergyKWh: itEnergyKWh + overheadKWh,
    operationalKg,
    embodiedKg,
    totalKg: operationalKg + embodiedKg,
    low: pickBounds(low),
    high: pickBounds(high),
  }
}

function pickBounds(b: KgBounds): KgBounds {
  return { operationalKg: b.operationalKg, embodiedKg: b.embodiedKg, totalKg: b.totalKg }
}

/** Sum of some jobs' emissions and energy (for "… N more jobs" rows). */
export function sumJobs(jobs: readonly JobEstimate[]): { totalKg: number; itEnergyKWh: number } {
  let totalKg = 0
  let itEnergyKWh = 0
  for (const j of jobs) {
    totalKg += j.totalKg
    itEnergyKWh += j.itEnergyKWh
  }
  return { totalKg, itEnergyKWh }
}

/**
 * Operational emissions split into IT hardware (IT energy × intensity) and facility overhead (the
 * rest); the parts sum to the operational total.
 */
export function splitOperational(
  totals: Totals,
  jobs: readonly JobEstimate[],
): { itKg: number; overheadKg: number } {
  let itKg = 0
  for (const job of jobs) {
    if (Number.isFinite(job.itEnergyKWh) && Number.isFinite(job.intensityGPerKWh)) {
      itKg += (job.itEnergyKWh * job.intensityGPerKWh) / 1000
    }
  }
  if (jobs.length === 0) {
    const share = totals.facilityEnergyKWh > 0 ? totals.itEnergyKWh / totals.facilityEnergyKWh : 1
    itKg = totals.operationalKg * share
  }
  itKg = Math.min(itKg, totals.operationalKg)
  return { itKg, overheadKg: totals.operationalKg - itKg }
}
