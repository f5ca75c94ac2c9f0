/**
 * The job sink: jobs are handed in one by one as they are estimated. The first LISTED_JOBS are
 * kept whole (the report lists them); the rest are summed by group (same format, source file, GPU
 * model, region and intensity source) so a sweep of a million runs is held in bounded memory.
 * Totals and ranges are summed over every job, in arrival order, as sumTotals sums a list.
 */
import type { JobEstimate, JobGroup, KgBounds, Totals } from '../core/types.js'
import type { JobAssumptions } from './assumptions.js'
import type { JobEstimateResult } from './estimate-job.js'
import { ZERO_BOUNDS, addBounds } from './ranges.js'

/** Jobs a report lists one by one; further jobs are summed by group. */
export const LISTED_JOBS = 10_000

/** Running sums of jobs' figures, in the order they are added (model/totals.ts uses it too). */
export class TotalsSum {
  private itEnergyKWh = 0
  private overheadKWh = 0
  private operationalKg = 0
  private embodiedKg = 0
  private low: KgBounds = ZERO_BOUNDS
  private high: KgBounds = ZERO_BOUNDS

  add(j: JobEstimate): void {
    this.itEnergyKWh += j.itEnergyKWh
    this.overheadKWh += j.overheadKWh
    this.operationalKg += j.operationalKg
    this.embodiedKg += j.embodiedKg
    this.low = addBounds(this.low, j.low ?? j)
    this.high = addBounds(this.high, j.high ?? j)
  }

  totals(): Totals {
    return {
      itEnergyKWh: this.itEnergyKWh,
      overheadKWh: this.overheadKWh,
      facilityEnergyKWh: this.itEnergyKWh + this.overheadKWh,
      operationalKg: this.operationalKg,
      embodiedKg: this.embodiedKg,
      totalKg: this.operationalKg + this.embodiedKg,
      low: pickBounds(this.low),
      high: pickBounds(this.high),
    }
  }
}

function pickBounds(b: KgBounds): KgBounds {
  return { operationalKg: b.operationalKg, embodiedKg: b.embodiedKg, totalKg: b.totalKg }
}

type MutableGroup = { -readonly [K in keyof JobGroup]: JobGroup[K] }

function groupKey(j: JobEstimate): string {
  return JSON.stringify([
    j.source.format,
    j.source.path,
    j.gpuModel ?? null,
    j.region ?? null,
    j.intensitySource,
  ])
}

/** What makes a job's assumption lines (model/assumptions.ts): one kept job per distinct set. */
function assumptionKey(r: JobEstimateResult): string {
  const j = r.estimate
  return JSON.stringify([
    j.region ?? null,
    j.intensityGPerKWh,
    j.intensitySource,
    j.intensityNote,
    r.intensitySpread,
    j.overheadMode,
    j.pue,
    r.pueSource,
    r.overheadSpread,
    j.gpuCount > 0 ? (j.gpuModel ?? null) : null,
    j.source.format,
    r.hardwareAssumed !== undefined ? [j.name, r.hardwareAssumed] : null,
  ])
}

export function describeResult(r: JobEstimateResult): JobAssumptions {
  return {
    estimate: r.estimate,
    pueSource: r.pueSource,
    intensitySpread: r.intensitySpread,
    overheadSpread: r.overheadSpread,
    ...(r.hardwareAssumed !== undefined ? { hardwareAssumed: r.hardwareAssumed } : {}),
  }
}

export class JobSink {
  /** Jobs added so far. */
  count = 0
  private readonly sum = new TotalsSum()
  private readonly listed: JobEstimateResult[] = []
  private readonly groups = new Map<string, MutableGroup>()
  /** One summed job for each distinct set of assumption lines, in arrival order. */
  private readonly representatives = new Map<string, JobAssumptions>()
  private readonly summedWarnings: string[] = []

  constructor(private readonly limit = LISTED_JOBS) {}

  add(result: JobEstimateResult): void {
    const j = result.estimate
    this.count++
    this.sum.add(j)
    if (this.listed.length < this.limit) {
      this.listed.push(result)
      return
    }
    for (const w of result.warnings) this.summedWarnings.push(w)
    const rk = assumptionKey(result)
    if (!this.representatives.has(rk)) this.representatives.set(rk, describeResult(result))
    const key = groupKey(j)
    const g = this.groups.get(key)
    const itKg = itKgOf(j)
    if (g === undefined) {
      this.groups.set(key, {
        format: j.source.format,
        path: j.source.path,
        ...(j.gpuModel !== undefined ? { gpuModel: j.gpuModel } : {}),
        ...(j.region !== undefined ? { region: j.region } : {}),
        intensitySource: j.intensitySource,
        jobs: 1,
        itEnergyKWh: j.itEnergyKWh,
        overheadKWh: j.overheadKWh,
        operationalKg: j.operationalKg,
        embodiedKg: j.embodiedKg,
        totalKg: j.totalKg,
        itKg,
        durationHours: j.durationHours,
        low: pickBounds(j.low ?? j),
        high: pickBounds(j.high ?? j),
      })
      return
    }
    g.jobs++
    g.itEnergyKWh += j.itEnergyKWh
    g.overheadKWh += j.overheadKWh
    g.operationalKg += j.operationalKg
    g.embodiedKg += j.embodiedKg
    g.totalKg += j.totalKg
    g.itKg += itKg
    g.durationHours += j.durationHours
    g.low = addBounds(g.low, j.low ?? j)
    g.high = addBounds(g.high, j.high ?? j)
  }

  /** Totals over every job added. */
  totals(): Totals {
    return this.sum.totals()
  }

  /** The jobs kept whole, in arrival order. */
  listedResults(): readonly JobEstimateResult[] {
    return this.listed
  }

  /** The summed groups, in the order their first job arrived. */
  summedGroups(): JobGroup[] {
    return [...this.groups.values()]
  }

  /** The listed jobs and one summed job per distinct set of assumptions (for assumption lines). */
  assumptionJobs(): JobAssumptions[] {
    return [...this.listed.map(describeResult), ...this.representatives.values()]
  }

  /** Per-job warnings of every job, listed ones first (arrival order within each). */
  warnings(): string[] {
    return [...this.listed.flatMap((r) => r.warnings), ...this.summedWarnings]
  }
}

/** IT energy × intensity in kg (0 when either is not finite), as splitOperational counts it. */
function itKgOf(j: JobEstimate): number {
  return Number.isFinite(j.itEnergyKWh) && Number.isFinite(j.intensityGPerKWh)
    ? (j.itEnergyKWh * j.intensityGPerKWh) / 1000
    : 0
}
