import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { BudgetResult } from '../../src/core/types.js'
import {
  MAX_BUDGET_USE,
  compareWithBaseline,
  evaluateBudgets,
  findTightestBudget,
  measureBudgetUse,
  measureTightestUse,
} from '../../src/model/budgets.js'

const settings = { onExceed: 'fail', onIncrease: 'warn' } as const

function budget(over: Partial<BudgetResult>): BudgetResult {
  return { kind: 'run', limit: 10, actual: 5, unit: 'kg', exceeded: false, action: 'fail', ...over }
}

describe('budget use: one formula', () => {
  it('is actual / limit, never below 0, Infinity over a limit of 0', () => {
    assert.equal(measureBudgetUse(budget({ actual: 5 })), 0.5)
    assert.equal(measureBudgetUse(budget({ kind: 'increase', unit: '%', actual: -20 })), 0)
    assert.equal(
      measureBudgetUse(budget({ kind: 'increase', unit: '%', limit: 0, actual: 3 })),
      Infinity,
    )
    assert.equal(measureBudgetUse(budget({ kind: 'increase', unit: '%', limit: 0, actual: -3 })), 0)
  })

  it('a +10 % limit met by a −20 % change is 0 used, in the outcome and for the tightest budget', () => {
    const baseline = compareWithBaseline(8, 10)
    assert.equal(baseline.deltaPercent, -20)
    const outcome = evaluateBudgets(
      { totalKg: 8, baseline },
      { ...settings, maxIncreasePercent: 10 },
    )
    assert.equal(outcome.verdict, 'pass')
    assert.equal(outcome.budgetUsed, 0)
    assert.equal(measureTightestUse(outcome.budgets), 0)
  })

  it('the tightest budget is the most used; its use is capped for outputs', () => {
    const run = budget({ actual: 9 })
    const increase = budget({ kind: 'increase', unit: '%', limit: 0, actual: 1, exceeded: true })
    assert.equal(findTightestBudget([run, increase]), increase)
    assert.equal(measureTightestUse([run, increase]), MAX_BUDGET_USE)
    assert.equal(measureTightestUse([]), undefined)
  })

  it('fail beats warn; notes say what could not be checked', () => {
    const outcome = evaluateBudgets(
      { totalKg: 30, baseline: null },
      { ...settings, budgetKg: 25, maxIncreasePercent: 10, monthlyBudgetKg: 100 },
    )
    assert.equal(outcome.verdict, 'fail')
    assert.deepEqual(
      outcome.budgets.map((b) => b.kind),
      ['run'],
    )
    assert.equal(outcome.notes.length, 2)
    const warn = evaluateBudgets(
      { totalKg: 30, baseline: null },
      { ...settings, onExceed: 'warn', budgetKg: 25 },
    )
    assert.equal(warn.verdict, 'warn')
  })
})
