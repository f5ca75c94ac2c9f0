import type { Config } from '../config/types.js'
import type { Baseline, BudgetResult, Verdict } from '../core/types.js'

export type BudgetSettings = Pick<
  Config,
  'budgetKg' | 'maxIncreasePercent' | 'monthlyBudgetKg' | 'onExceed' | 'onIncrease'
>

export interface BudgetInput {
  readonly totalKg: number
  readonly baseline: Baseline | null
  /** The month so far including this run, when a ledger gave it. */
  readonly monthToDateKg?: number
}

export interface BudgetOutcome {
  readonly budgets: readonly BudgetResult[]
  readonly verdict: Verdict
  /** Fraction of the tightest budget used (max of actual/limit), undefined without budgets. */
  readonly budgetUsed?: number
  readonly notes: readonly string[]
}

/** Every configured budget against the run; the verdict is data, the entry decides the exit. */
export function evaluateBudgets(input: BudgetInput, settings: BudgetSettings): BudgetOutcome {
  const budgets: BudgetResult[] = []
  const notes: string[] = []
  if (settings.budgetKg !== undefined) {
    budgets.push({
      kind: 'run',
      limit: settings.budgetKg,
      actual: input.totalKg,
      unit: 'kg',
      exceeded: input.totalKg > settings.budgetKg,
      action: settings.onExceed,
    })
  }
  if (settings.maxIncreasePercent !== undefined) {
    if (input.baseline) {
      budgets.push({
        kind: 'increase',
        limit: settings.maxIncreasePercent,
        actual: input.baseline.deltaPercent,
        unit: '%',
        exceeded: input.baseline.deltaPercent > settings.maxIncreasePercent,
        action: settings.onIncrease,
      })
    } else {
      notes.push('max-increase not checked: no baseline yet')
    }
  }
  if (settings.monthlyBudgetKg !== undefined) {
    if (input.monthToDateKg !== undefined) {
      budgets.push({
        kind: 'monthly',
        limit: settings.monthlyBudgetKg,
        actual: input.monthToDateKg,
        unit: 'kg',
        exceeded: input.monthToDateKg > settings.monthlyBudgetKg,
        action: settings.onExceed,
      })
    } else {
      notes.push('monthly-budget not checked: it needs the ledger (the GitHub Action)')
    }
  }
  const exceeded = budgets.filter((b) => b.exceeded)
  const verdict: Verdict = exceeded.some((b) => b.action === 'fail')
    ? 'fail'
    : exceeded.length > 0
      ? 'warn'
      : 'pass'
  const ratios = budgets.map((b) =>
    b.limit > 0 ? b.actual / b.limit : b.actual > 0 ? Infinity : 0,
  )
  const budgetUsed = ratios.length > 0 ? Math.max(...ratios) : undefined
  return {
    budgets,
    verdict,
    ...(budgetUsed !== undefined
      ? { budgetUsed: Number.isFinite(budgetUsed) ? budgetUsed : 1e9 }
      : {}),
    notes,
  }
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
