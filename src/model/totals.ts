/** Sums over estimated jobs: the report's totals, and the parts shown beside them. */
import type { JobEstimate, JobGroup, Totals } from '../core/types.js'
import { TotalsSum } from './job-sink.js'

/** Sum of the jobs' figures. */
export function sumTotals(jobs: readonly JobEstimate[]): Totals {
  const sum = new TotalsSum()
  for (const j of jobs) sum.add(j)
  return sum.totals()
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
  groups: readonly JobGroup[] = [],
): { itKg: number; overheadKg: number } {
  let itKg = 0
  for (const g of groups) itKg += g.itKg
  for (const job of jobs) {
    if (Number.isFinite(job.itEnergyKWh) && Number.isFinite(job.intensityGPerKWh)) {
      itKg += (job.itEnergyKWh * job.intensityGPerKWh) / 1000
    }
  }
  if (jobs.length === 0 && groups.length === 0) {
    const share = totals.facilityEnergyKWh > 0 ? totals.itEnergyKWh / totals.facilityEnergyKWh : 1
    itKg = totals.operationalKg * share
  }
  itKg = Math.min(itKg, totals.operationalKg)
  return { itKg, overheadKg: totals.operationalKg - itKg }
}
