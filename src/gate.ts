/**
 * The core of carbon-gate, shared by the CLI and the action: jobs read from artifacts → lifecycle
 * estimates → budgets → the report. Pure: no file system, no process, no GitHub.
 */
import type { Config } from './config/types.js'
import { DEFAULT_CONFIG } from './config/types.js'
import type { JobEstimate, JobRecord, Notice, Report } from './core/types.js'
import { writesLocalTimes } from './ingest/timestamps.js'
import { listAssumptions } from './model/assumptions.js'
import type { JobAssumptions, TimeZoneUse } from './model/assumptions.js'
import { compareWithBaseline, evaluateBudgets } from './model/budgets.js'
import { computeEquivalents } from './model/equivalents.js'
import { estimateJob } from './model/estimate-job.js'
import { computeReferences } from './model/references.js'
import { sumTotals } from './model/totals.js'

export interface GateInput {
  readonly jobs: readonly JobRecord[]
  readonly notices: readonly Notice[]
  /** One line each (`where: what`) for inputs that could not be used. */
  readonly errors: readonly string[]
  readonly config: Config
  /** The total of an earlier run to compare with, when there is one. */
  readonly baseline?: { readonly totalKg: number; readonly sha?: string } | null
  /** kg already recorded this month (without this run), when a ledger gave it. */
  readonly monthBeforeKg?: number
  readonly warnings?: readonly string[]
}

export interface GateResult {
  readonly report: Report
  /** Fraction of the tightest budget used, when a budget is set. */
  readonly budgetUsed?: number
}

export function formatNotice(n: Notice): string {
  return n.line === undefined ? `${n.path}: ${n.message}` : `${n.path}:${n.line}: ${n.message}`
}

function jobIds(jobs: readonly JobRecord[]): string[] {
  const used = new Map<string, number>()
  return jobs.map((j) => {
    const base = j.source.line !== undefined ? `${j.source.path}:${j.source.line}` : j.source.path
    const n = (used.get(base) ?? 0) + 1
    used.set(base, n)
    return n === 1 ? base : `${base}#${n}`
  })
}

export function evaluateGate(input: GateInput): GateResult {
  const { config } = input
  const errors = [...input.errors]
  const warnings = [...input.notices.map(formatNotice), ...(input.warnings ?? [])]
  if (input.jobs.length === 0 && errors.length === 0) {
    errors.push(
      'artifacts: no job found: a gate never passes on nothing (check the artifact paths)',
    )
  }
  const ids = jobIds(input.jobs)
  const results = input.jobs.map((job, i) => estimateJob(job, ids[i]!, config))
  for (const r of results) warnings.push(...r.warnings)
  const jobs: JobEstimate[] = results.map((r) => r.estimate)
  const totals = sumTotals(jobs)
  if (!Object.values(totals).every((x) => Number.isFinite(x))) {
    // Readers bound every value; this keeps a poisoned total from ever passing the gate.
    errors.push(
      'artifacts: the totals are not finite numbers: check the artifacts for absurd values',
    )
  }
  const baseline =
    input.baseline != null
      ? compareWithBaseline(totals.totalKg, input.baseline.totalKg, input.baseline.sha)
      : null
  const budgetOutcome = evaluateBudgets(
    {
      totalKg: totals.totalKg,
      baseline,
      ...(input.monthBeforeKg !== undefined
        ? { monthToDateKg: input.monthBeforeKg + totals.totalKg }
        : {}),
    },
    config,
  )
  warnings.push(...budgetOutcome.notes)
  const assumptionInput: JobAssumptions[] = results.map((r) => ({
    estimate: r.estimate,
    pueSource: r.pueSource,
    ...(r.hardwareAssumed !== undefined ? { hardwareAssumed: r.hardwareAssumed } : {}),
  }))
  const report: Report = {
    schemaVersion: 1,
    // Inputs that could not be used never let the gate pass.
    verdict: errors.length > 0 ? 'fail' : budgetOutcome.verdict,
    totals,
    jobs,
    budgets: budgetOutcome.budgets,
    baseline,
    equivalents: computeEquivalents(totals.totalKg),
    references: computeReferences(totals.totalKg),
    assumptions: listAssumptions(assumptionInput, config, timeZoneUse(jobs, config)),
    warnings,
    errors,
  }
  return {
    report,
    ...(budgetOutcome.budgetUsed !== undefined ? { budgetUsed: budgetOutcome.budgetUsed } : {}),
  }
}

/** The time zone local timestamps were read in, when a job comes from a format that writes them. */
function timeZoneUse(jobs: readonly JobEstimate[], config: Config): TimeZoneUse | undefined {
  if (!jobs.some((j) => writesLocalTimes(j.source.format))) return undefined
  return { zone: config.timezone, isDefault: config.timezone === DEFAULT_CONFIG.timezone }
}

/** 0 within budget (or warn), 1 over budget with fail, 2 when an input could not be used. */
export function exitCodeFor(report: Report): 0 | 1 | 2 {
  if (report.errors.length > 0) return 2
  return report.verdict === 'fail' ? 1 : 0
}
