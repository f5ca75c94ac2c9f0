/**
 * What the PR comment is given beside the report: the commits it compares and each job's change
 * against the baseline. The GitHub side fills them (the ledger's per-job totals, matched by job
 * identity there); the comment only renders them, and leaves out what it is not given.
 */

import type { JobEstimate } from '../core/types.js'

export { COMMENT_LAYOUTS, type CommentLayout } from '../core/comment-layout.js'

/** The commits compared: the baseline's (base) and the one measured (head). */
export interface CommitPair {
  readonly baseSha?: string
  readonly headSha?: string
}

/** One job in this run, the baseline, or both. */
export interface JobChange {
  /** How the job is named to the reader (untrusted: escaped when shown). */
  readonly label: string
  /** kg CO2e in this run; null when the job is not in this run any more. */
  readonly thisKg: number | null
  /** kg CO2e in the baseline; null when the job is new. */
  readonly baseKg: number | null
}

/** The comparison with the baseline, beyond the report's own `baseline` (which has the totals). */
export interface Comparison {
  readonly commits?: CommitPair
  /** Every job of this run and of the baseline, matched; the biggest changes are shown. */
  readonly jobs?: readonly JobChange[]
  /** The baseline's IT energy, kWh (what the ledger keeps per job): its change is shown beside the CO2e change. */
  readonly baseItEnergyKWh?: number
}

/** A job of the baseline run as its ledger record lists it. */
export interface BaseJob {
  /** The job's identity, as `identify` gives it for this run's jobs (its name by default). */
  readonly key: string
  /** The job's name in the baseline, shown when this run has no job of that identity. */
  readonly name?: string
  readonly totalKg: number
}

/**
 * This run's jobs matched with the baseline's by identity: every job of either side once (jobs
 * sharing an identity are summed), labelled by this run's name for it, else the baseline's.
 */
export function listJobChanges(
  jobs: readonly JobEstimate[],
  base: readonly BaseJob[],
  identify: (job: JobEstimate) => string = (job) => job.name,
): JobChange[] {
  const now = new Map<string, number>()
  const labels = new Map<string, string>()
  for (const j of jobs) {
    const key = identify(j)
    now.set(key, (now.get(key) ?? 0) + j.totalKg)
    if (!labels.has(key)) labels.set(key, j.name)
  }
  const before = new Map<string, number>()
  for (const b of base) {
    before.set(b.key, (before.get(b.key) ?? 0) + b.totalKg)
    if (!labels.has(b.key)) labels.set(b.key, b.name ?? b.key)
  }
  const keys = [...new Set([...now.keys(), ...before.keys()])]
  return keys.map((key) => ({
    label: labels.get(key) ?? key,
    thisKg: now.get(key) ?? null,
    baseKg: before.get(key) ?? null,
  }))
}

/** A job's change in kg (a new job: all of it; a job gone: minus its baseline). */
export function measureJobChange(job: JobChange): number {
  const delta = (job.thisKg ?? 0) - (job.baseKg ?? 0)
  return Number.isFinite(delta) ? delta : 0
}

/** The `max` jobs that changed most (by absolute kg; ties by label), unchanged ones left out. */
export function listBiggestChanges(jobs: readonly JobChange[], max: number): JobChange[] {
  return jobs
    .filter((j) => measureJobChange(j) !== 0)
    .sort(
      (a, b) =>
        Math.abs(measureJobChange(b)) - Math.abs(measureJobChange(a)) ||
        (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    )
    .slice(0, Math.max(0, max))
}
