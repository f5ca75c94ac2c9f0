/**
 * Budgets against the run: each configured budget becomes a BudgetResult, the verdict is data (the
 * entry decides the exit), and the use of a budget has one formula for every place that shows it.
 */
import type { Baseline, BudgetResult, Certainty, UncertainAction, Verdict } from '../core/types.js'
import type { BudgetSettings } from './settings.js'

export interface BudgetInput {
  readonly totalKg: number
  /** The run's total at the low and high end of every assumption (model/ranges.ts). */
  readonly totalRange?: KgRange
  readonly baseline: Baseline | null
  /** The month so far including this run, when a ledger gave it. */
  readonly monthToDateKg?: number
}

export interface KgRange {
  readonly low: number
  readonly high: number
}

/** How sure a kg budget's outcome is, in the words every report uses. */
export const CERTAINTY_TEXTS: Readonly<Record<Certainty, string>> = {
  above: 'exceeds the budget even at the low end',
  straddles: 'within the range of the budget',
  below: 'below the budget even at the high end',
}

/** Where a limit lies against a range: above it, within it, below it. */
export function judgeCertainty(limit: number, range: KgRange): Certainty {
  if (range.low > limit) return 'above'
  if (range.high <= limit) return 'below'
  return 'straddles'
}

export const DEFAULT_ON_UNCERTAIN: UncertainAction = 'warn'

export interface BudgetOutcome {
  readonly budgets: readonly BudgetResult[]
  readonly verdict: Verdict
  /** Use of the tightest budget (see measureTightestUse), undefined without budgets. */
  readonly budgetUsed?: number
  readonly notes: readonly string[]
}

/** The largest use reported as a number (an output, a badge colour): "a billion times over". */
export const MAX_BUDGET_USE = 1e9

/**
 * Fraction of a budget used: actual / limit, never below 0 (a growth limit met by a decrease is
 * 0 % used); Infinity when a limit of 0 is exceeded.
 */
export function measureBudgetUse(budget: BudgetResult): number {
  if (budget.limit > 0) return Math.max(0, budget.actual / budget.limit)
  return budget.actual > 0 ? Infinity : 0
}

/** The budget that is closest to (or furthest over) its limit. */
export function findTightestBudget(budgets: readonly BudgetResult[]): BudgetResult | undefined {
  let tightest: BudgetResult | undefined
  for (const b of budgets) {
    if (tightest === undefined || measureBudgetUse(b) > measureBudgetUse(tightest)) tightest = b
  }
  return tightest
}

/** The tightest budget's use as a finite number (at most MAX_BUDGET_USE); undefined without budgets. */
export function measureTightestUse(budgets: readonly BudgetResult[]): number | undefined {
  const tightest = findTightestBudget(budgets)
  if (tightest === undefined) return undefined
  return Math.min(measureBudgetUse(tightest), MAX_BUDGET_USE)
}

/** Every configured budget against the run. */
export function evaluateBudgets(input: BudgetInput, settings: BudgetSettings): BudgetOutcome {
  const budgets: BudgetResult[] = []
  const notes: string[] = []
  const range = input.totalRange
  if (settings.budgetKg !== undefined) {
    const run = checkBudget('run', settings.budgetKg, input.totalKg, 'kg', settings.onExceed)
    budgets.push(withRange(run, range))
  }
  if (settings.maxIncreasePercent !== undefined) {
    if (input.baseline === null) notes.push('max-increase not checked: no baseline yet')
    else {
      const { maxIncreasePercent: limit, onIncrease } = settings
      budgets.push(checkBudget('increase', limit, input.baseline.deltaPercent, '%', onIncrease))
    }
  }
  if (settings.monthlyBudgetKg !== undefined) {
    if (input.monthToDateKg === undefined) {
      notes.push('monthly-budget not checked: it needs the ledger (the GitHub Action)')
    } else {
      const { monthlyBudgetKg: limit, onExceed } = settings
      const month = checkBudget('monthly', limit, input.monthToDateKg, 'kg', onExceed)
      // The month before this run is on record; only this run's part is uncertain.
      const before = input.monthToDateKg - input.totalKg
      const monthRange =
        range === undefined ? undefined : { low: before + range.low, high: before + range.high }
      budgets.push(withRange(month, monthRange))
    }
  }
  const budgetUsed = measureTightestUse(budgets)
  return {
    budgets,
    verdict: decideVerdict(budgets, settings.onUncertain ?? DEFAULT_ON_UNCERTAIN),
    ...(budgetUsed !== undefined ? { budgetUsed } : {}),
    notes,
  }
}

function checkBudget(
  kind: BudgetResult['kind'],
  limit: number,
  actual: number,
  unit: BudgetResult['unit'],
  action: BudgetResult['action'],
): BudgetResult {
  return { kind, limit, actual, unit, exceeded: actual > limit, action }
}

/** A kg budget with the range of its actual value and how sure its outcome is. */
function withRange(budget: BudgetResult, range: KgRange | undefined): BudgetResult {
  if (range === undefined) return budget
  const low = Math.min(range.low, budget.actual)
  const high = Math.max(range.high, budget.actual)
  return { ...budget, low, high, certainty: judgeCertainty(budget.limit, { low, high }) }
}

/**
 * Decided on the central value: fail when a failing budget is exceeded, warn when only warning
 * ones are, else pass. A budget whose limit lies within the range adds what on-uncertain says
 * (warn: at least a warning; fail: a failure; pass: nothing).
 */
function decideVerdict(budgets: readonly BudgetResult[], onUncertain: UncertainAction): Verdict {
  const exceeded = budgets.filter((b) => b.exceeded)
  const straddling = budgets.some((b) => b.certainty === 'straddles')
  if (exceeded.some((b) => b.action === 'fail')) return 'fail'
  if (straddling && onUncertain === 'fail') return 'fail'
  if (exceeded.length > 0) return 'warn'
  return straddling && onUncertain === 'warn' ? 'warn' : 'pass'
}

/** The change against an earlier total. */
export function compareWithBaseline(totalKg: number, baselineKg: number, sha?: string): Baseline {
  const deltaKg = totalKg - baselineKg
  const percent = baselineKg > 0 ? (deltaKg / baselineKg) * 100 : totalKg > 0 ? 100 : 0
  // A baseline near 0 (5e-324 kg) overflows to Infinity, which JSON cannot carry: the largest
  // number exceeds every limit just the same.
  const deltaPercent = Math.min(percent, Number.MAX_VALUE)
  return { totalKg: baselineKg, deltaKg, deltaPercent, ...(sha !== undefined ? { sha } : {}) }
}
