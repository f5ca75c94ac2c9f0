/**
 * Facts derived from a report that every renderer (text, job summary, PR comment) shows the same
 * way: the verdict and its reason, budget names and values, job order, overhead labels.
 * Plain strings, no markup; untrusted text is never included here (callers escape it).
 */
import type { BudgetResult, Equivalent, JobEstimate, Report, Verdict } from '../core/types.js'
import {
  formatAmount,
  formatDecimal,
  formatMass,
  formatSignedPercent,
  formatWholePercent,
  type UnitSpace,
} from './format-numbers.js'
import { asText } from './escape.js'
import { CERTAINTY_TEXTS, findTightestBudget, measureBudgetUse } from '../model/budgets.js'
import { appendAll } from '../core/arrays.js'

export interface VerdictStyle {
  readonly word: string
  readonly emoji: string
}

const VERDICT_STYLES: Readonly<Record<Verdict, VerdictStyle>> = {
  pass: { word: 'Pass', emoji: '✅' },
  warn: { word: 'Warn', emoji: '⚠️' },
  fail: { word: 'Fail', emoji: '❌' },
}

/** The verdict to show; anything unknown (a hand-edited report) shows as a failure. */
export function normalizeVerdict(verdict: unknown): Verdict {
  return verdict === 'pass' || verdict === 'warn' ? verdict : 'fail'
}

export function styleVerdict(verdict: unknown): VerdictStyle {
  return VERDICT_STYLES[normalizeVerdict(verdict)]
}

/** "Per run", "Monthly", "Increase vs. baseline". */
export function nameBudget(budget: BudgetResult): string {
  switch (budget.kind) {
    case 'run':
      return 'Per run'
    case 'monthly':
      return 'Monthly (month so far)'
    case 'increase':
      return 'Increase vs. baseline'
    case 'pr':
      return 'Pull request (every run so far)'
  }
}

/** A budget's limit or actual value in its unit: "25.0 kg", "+10.0 %". */
export function formatBudgetValue(
  budget: BudgetResult,
  value: number,
  space: UnitSpace = ' ',
): string {
  return budget.unit === '%' ? formatSignedPercent(value, space) : formatMass(value, space)
}

/** A budget's description, and how sure it is when the estimate has a range. */
function describeBudget(b: BudgetResult, space: UnitSpace): string {
  const text = describeBudgetAlone(b, space)
  return b.certainty === undefined ? text : `${text}, ${CERTAINTY_TEXTS[b.certainty]}`
}

function describeBudgetAlone(b: BudgetResult, space: UnitSpace): string {
  const use = formatWholePercent(measureBudgetUse(b), space)
  const limit = formatBudgetValue(b, b.limit, space)
  const actual = formatBudgetValue(b, b.actual, space)
  switch (b.kind) {
    case 'increase':
      return b.exceeded
        ? `${actual} vs. the baseline, over the ${limit} limit`
        : `${actual} vs. the baseline (limit ${limit})`
    case 'monthly':
      return b.exceeded
        ? `month so far ${actual}, over the ${limit} monthly budget`
        : `month so far ${use} of the ${limit} monthly budget`
    case 'run':
      return b.exceeded
        ? `over the ${limit} run budget (${use})`
        : `${use} of the ${limit} run budget`
    case 'pr':
      return b.exceeded
        ? `this PR so far ${actual}, over the ${limit} PR budget`
        : `this PR so far ${use} of the ${limit} PR budget`
  }
}

/**
 * Why the verdict is what it is, in one line a reviewer reads in ten seconds:
 * "over the 25.0 kg run budget (120 %)", "52 % of the 25.0 kg run budget; +3.1 % vs. the baseline".
 */
export function explainVerdict(report: Report, space: UnitSpace = ' '): string {
  const parts: string[] = []
  const errors = report.errors.length
  if (errors > 0) parts.push(`${errors} input${errors === 1 ? '' : 's'} could not be used`)
  const exceeded = report.budgets
    .filter((b) => b.exceeded)
    .sort((a, b) => Number(b.action === 'fail') - Number(a.action === 'fail'))
  const shown =
    exceeded.length > 0
      ? exceeded
      : report.budgets.filter((b) => b === findTightestBudget(report.budgets))
  appendAll(
    parts,
    shown.map((b) => describeBudget(b, space)),
  )
  if (report.budgets.length === 0) parts.push('no budget set')
  if (report.baseline !== null && !shown.some((b) => b.kind === 'increase')) {
    parts.push(`${formatSignedPercent(report.baseline.deltaPercent, space)} vs. the baseline`)
  }
  return parts.join('; ')
}

/** The budget a short verdict line names: the first failing one, else the first exceeded, else the tightest. */
export function findHeadlineBudget(report: Report): BudgetResult | undefined {
  const exceeded = report.budgets.filter((b) => b.exceeded)
  return (
    exceeded.find((b) => b.action === 'fail') ?? exceeded[0] ?? findTightestBudget(report.budgets)
  )
}

/**
 * The verdict's reason in a few words, for a line that must not wrap: "114 % of the 1.00 kg run
 * budget", "+19.8 % vs. the base (limit +10.0 %)", "2 inputs could not be used", "no budget set".
 */
export function explainVerdictBriefly(report: Report, space: UnitSpace = ' '): string {
  const errors = report.errors.length
  if (errors > 0) return `${errors} input${errors === 1 ? '' : 's'} could not be used`
  const b = findHeadlineBudget(report)
  if (b === undefined) return 'no budget set'
  const use = formatWholePercent(measureBudgetUse(b), space)
  const limit = formatBudgetValue(b, b.limit, space)
  switch (b.kind) {
    case 'run':
      return b.exceeded
        ? `over the ${limit} run budget (${use})`
        : `${use} of the ${limit} run budget`
    case 'monthly':
      return b.exceeded
        ? `month so far over the ${limit} monthly budget (${use})`
        : `month so far ${use} of the ${limit} monthly budget`
    case 'increase':
      return `${formatBudgetValue(b, b.actual, space)} vs. the base (limit ${limit})`
    case 'pr':
      return b.exceeded
        ? `this PR so far over the ${limit} PR budget (${use})`
        : `this PR so far ${use} of the ${limit} PR budget`
  }
}

/**
 * The equivalents worth showing: those that do not round to nothing ("0.000015 flights" says
 * nothing); the same in every output.
 */
export function listShownEquivalents(report: Report): Equivalent[] {
  return report.equivalents.filter((e) => Number.isFinite(e.amount) && Math.abs(e.amount) >= 0.05)
}

/** Code-unit order: the same everywhere, unlike locale collation. */
function compareText(a: unknown, b: unknown): number {
  const x = asText(a)
  const y = asText(b)
  return x < y ? -1 : x > y ? 1 : 0
}

/** Jobs largest first (ties by name, then id), so the top rows are the ones that matter. */
export function sortJobsBySize(jobs: readonly JobEstimate[]): JobEstimate[] {
  const size = (j: JobEstimate): number => (Number.isFinite(j.totalKg) ? j.totalKg : -Infinity)
  return [...jobs].sort(
    (a, b) => size(b) - size(a) || compareText(a.name, b.name) || compareText(a.id, b.id),
  )
}

/** How a job's overhead was counted: "PUE 1.2" or "idle". */
export function describeOverhead(job: JobEstimate): string {
  return job.overheadMode === 'idle' ? 'idle' : `PUE ${formatDecimal(job.pue, 2)}`
}

/** The overhead line's qualifier for a set of jobs: "PUE 1.2", "PUE", "idle", "PUE and idle". */
export function describeOverheadModes(jobs: readonly JobEstimate[]): string {
  const modes = new Set(jobs.map(describeOverhead))
  if (modes.size === 1) return [...modes][0]!
  const idle = jobs.some((j) => j.overheadMode === 'idle')
  const pue = jobs.some((j) => j.overheadMode !== 'idle')
  return idle && pue ? 'PUE and idle' : idle ? 'idle' : 'PUE'
}

/**
 * The water the trackers measured (CodeCarbon v3 with a WUE set): `Water: 1.08 L (measured by
 * the tracker for 1 of 3 jobs)`, or undefined when no job measured any.
 */
export function describeWater(
  jobs: readonly JobEstimate[],
  space: UnitSpace = ' ',
): string | undefined {
  const measured = jobs.filter((j) => j.waterL !== undefined)
  if (measured.length === 0) return undefined
  const litres = measured.reduce((sum, j) => sum + j.waterL!, 0)
  const which =
    measured.length === jobs.length ? 'all jobs' : `${measured.length} of ${jobs.length} jobs`
  return `Water: ${formatAmount(litres)}${space}L (measured by the tracker for ${which})`
}

/** Lowercase hex of a commit, shortened to 7; undefined when it is not one. */
export function shortSha(sha: unknown): string | undefined {
  return typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha)
    ? sha.slice(0, 7).toLowerCase()
    : undefined
}
