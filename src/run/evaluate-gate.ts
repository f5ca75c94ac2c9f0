/**
 * The gate, shared by the CLI and the action: jobs read from artifacts → lifecycle estimates →
 * budgets → the report. Pure: no file system, no process, no GitHub.
 */
import type { Config } from '../config/types.js'
import { appendAll } from '../core/arrays.js'
import { DEFAULT_CONFIG } from '../config/types.js'
import type { Baseline, JobEstimate, JobRecord, Notice, Report } from '../core/types.js'
import { writesLocalTimes } from '../ingest/timestamps.js'
import { type TimeZoneUse, listAssumptions } from '../model/assumptions.js'
import { compareWithBaseline, evaluateBudgets } from '../model/budgets.js'
import { computeMarketBased, findCleaner } from '../model/cleaner.js'
import { computeEquivalents } from '../model/equivalents.js'
import { estimateJob } from '../model/estimate-job.js'
import { JobSink, LISTED_JOBS } from '../model/job-sink.js'
import { computeReferences } from '../model/references.js'
import {
  type PrRunsInput,
  type ProjectInput,
  SCHEMA_REVISION,
  computePullRequest,
  computeWholeCost,
} from './whole-cost.js'

/** An earlier run to compare with: its total, and its commit when known. */
export interface EarlierRun {
  readonly totalKg: number
  readonly sha?: string
}

export interface GateInput {
  /** Any iterable: jobs are estimated as they come and only the first LISTED_JOBS are kept. */
  readonly jobs: Iterable<JobRecord>
  readonly notices: readonly Notice[]
  /** One line each (`where: what`) for inputs that could not be used. */
  readonly errors: readonly string[]
  readonly config: Config
  /** The run to compare with, when there is one. */
  readonly baseline?: EarlierRun | null
  /** kg already recorded this month (without this run), when a ledger gave it. */
  readonly monthBeforeKg?: number
  readonly warnings?: readonly string[]
  /** The pull request's earlier runs and this run's identity (the action on a PR). */
  readonly prRuns?: PrRunsInput
  /** Jobs of the deployment's inference artifact (deployment.inference), read apart. */
  readonly inferenceJobs?: readonly JobRecord[]
  /** The project's recorded runs (the ledger). */
  readonly project?: ProjectInput
}

export interface GateResult {
  readonly report: Report
  /** Use of the tightest budget (model/budgets.ts), when a budget is set. */
  readonly budgetUsed?: number
}

export const NO_JOB_ERROR =
  'artifacts: no job found: a gate never passes on nothing (check the artifact paths)'
const NOT_FINITE_ERROR =
  'artifacts: the totals are not finite numbers: check the artifacts for absurd values'

export function formatNotice(n: Notice): string {
  return n.line === undefined ? `${n.path}: ${n.message}` : `${n.path}:${n.line}: ${n.message}`
}

/**
 * Estimate every job into a sink: `path:line`, with `#2`, `#3` … for the further jobs of one
 * place. Only listed jobs need an id, and they come first, so ids are counted for those alone.
 */
function estimateInto(sink: JobSink, jobs: Iterable<JobRecord>, config: Config): void {
  const used = new Map<string, number>()
  for (const j of jobs) {
    if (sink.count >= LISTED_JOBS) {
      sink.add(estimateJob(j, '', config))
      continue
    }
    const base = j.source.line !== undefined ? `${j.source.path}:${j.source.line}` : j.source.path
    const n = (used.get(base) ?? 0) + 1
    used.set(base, n)
    sink.add(estimateJob(j, n === 1 ? base : `${base}#${n}`, config))
  }
}

export function evaluateGate(input: GateInput): GateResult {
  const { config } = input
  const errors = [...input.errors]
  const sink = new JobSink()
  estimateInto(sink, input.jobs, config)
  const results = sink.listedResults()
  const jobs = results.map((r) => r.estimate)
  const moreJobs = sink.summedGroups()
  // Every distinct format, overhead and intensity of all jobs (summed ones included).
  const described = sink.assumptionJobs()
  const allKinds = moreJobs.length > 0 ? described.map((d) => d.estimate) : jobs
  const totals = sink.totals()
  if (sink.count === 0 && errors.length === 0) errors.push(NO_JOB_ERROR)
  // Readers bound every value; this keeps a poisoned total from ever passing the gate.
  const figures = [totals, totals.low ?? totals, totals.high ?? totals]
  const finite = figures.every((t) =>
    Object.values(t).every((x) => typeof x !== 'number' || Number.isFinite(x)),
  )
  if (!finite) errors.push(NOT_FINITE_ERROR)
  const baseline = compareWith(totals.totalKg, input.baseline)
  const monthToDate =
    input.monthBeforeKg !== undefined ? { monthToDateKg: input.monthBeforeKg + totals.totalKg } : {}
  const totalRange =
    totals.low !== undefined && totals.high !== undefined
      ? { totalRange: { low: totals.low.totalKg, high: totals.high.totalKg } }
      : {}
  const whole = computeWholeCost({
    config,
    totals,
    jobs: allKinds,
    inferenceJobs: input.inferenceJobs ?? [],
    ...(input.project !== undefined ? { project: input.project } : {}),
    counted: errors.length === 0,
  })
  appendAll(errors, whole.errors)
  const pr = computePullRequest(input.prRuns, totals.totalKg, errors.length === 0)
  const prToDate = pr.pullRequest !== undefined ? { prToDateKg: pr.pullRequest.totalKg } : {}
  const budgets = evaluateBudgets(
    { totalKg: totals.totalKg, ...totalRange, baseline, ...monthToDate, ...prToDate },
    config,
  )
  const marketBased = computeMarketBased(totals, config.marketIntensity)
  const cleaner = findCleaner(firstOf(input.jobs, jobs.length), jobs, config)
  const report: Report = {
    schemaVersion: 1,
    // Inputs that could not be used never let the gate pass.
    verdict: errors.length > 0 ? 'fail' : budgets.verdict,
    totals,
    jobs,
    ...(moreJobs.length > 0 ? { moreJobs } : {}),
    budgets: budgets.budgets,
    baseline,
    equivalents: computeEquivalents(totals.totalKg),
    references: computeReferences(totals.totalKg),
    assumptions: listAssumptions(described, config, timeZoneUse(allKinds, config)),
    warnings: [
      ...input.notices.map(formatNotice),
      ...(input.warnings ?? []),
      ...sink.warnings(),
      ...pr.warnings,
      ...budgets.notes,
    ],
    ...(marketBased !== undefined ? { marketBased } : {}),
    ...(cleaner !== undefined ? { cleaner } : {}),
    errors,
    schemaRevision: SCHEMA_REVISION,
    ...(pr.pullRequest !== undefined ? { pullRequest: pr.pullRequest } : {}),
    ...(whole.project !== undefined ? { project: whole.project } : {}),
    ...(whole.deployment !== undefined ? { deployment: whole.deployment } : {}),
    ...(whole.sci.length > 0 ? { sci: whole.sci } : {}),
  }
  return { report, ...(budgets.budgetUsed !== undefined ? { budgetUsed: budgets.budgetUsed } : {}) }
}

function compareWith(totalKg: number, earlier: EarlierRun | null | undefined): Baseline | null {
  return earlier != null ? compareWithBaseline(totalKg, earlier.totalKg, earlier.sha) : null
}

/** The time zone local timestamps were read in, when a job comes from a format that writes them. */
function timeZoneUse(jobs: readonly JobEstimate[], config: Config): TimeZoneUse | undefined {
  if (!jobs.some((j) => writesLocalTimes(j.source.format))) return undefined
  return { zone: config.timezone, isDefault: config.timezone === DEFAULT_CONFIG.timezone }
}

/** The first `n` records: those of the listed jobs (the sink lists jobs in the order they came). */
function firstOf(records: Iterable<JobRecord>, n: number): JobRecord[] {
  const out: JobRecord[] = []
  if (n === 0) return out
  for (const r of records) {
    out.push(r)
    if (out.length === n) break
  }
  return out
}
