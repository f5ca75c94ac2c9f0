import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { Config } from '../../src/config/types.js'
import type { JobRecord, UncertainAction } from '../../src/core/types.js'
import { explainVerdict } from '../../src/report/comment-facts.js'
import { evaluateGate } from '../../src/run/evaluate-gate.js'

// 100 kWh at the world average (458–475 g/kWh) with the unknown-provider PUE (1.56–1.67), no
// duration: operational only, central 74.1 kg, range 71.4–79.3 kg.
const job: JobRecord = {
  name: 'j',
  source: { path: 'j.carbon.json', format: 'generic' },
  itEnergyKWh: 100,
}

function gate(budgetKg: number, onUncertain?: UncertainAction, onExceed: 'fail' | 'warn' = 'fail') {
  const config: Config = {
    ...DEFAULT_CONFIG,
    budgetKg,
    onExceed,
    ...(onUncertain !== undefined ? { onUncertain } : {}),
  }
  return evaluateGate({ jobs: [job], notices: [], errors: [], config }).report
}

test('the range of the example job', () => {
  const { totals } = gate(1000)
  assert.ok(Math.abs(totals.totalKg - 74.1) < 1e-9)
  assert.ok(Math.abs(totals.low!.totalKg - 100 * 1.56 * 0.458) < 1e-9)
  assert.ok(Math.abs(totals.high!.totalKg - 100 * 1.67 * 0.475) < 1e-9)
})

test('above, straddling and below give their three texts; the central value decides', () => {
  const above = gate(50)
  assert.equal(above.budgets[0]!.certainty, 'above')
  assert.match(explainVerdict(above), /exceeds the budget even at the low end/)
  assert.equal(above.verdict, 'fail')
  const straddling = gate(75)
  assert.equal(straddling.budgets[0]!.certainty, 'straddles')
  assert.equal(straddling.budgets[0]!.exceeded, false, 'the central 74.1 kg is within 75 kg')
  assert.match(explainVerdict(straddling), /within the range of the budget/)
  assert.equal(straddling.verdict, 'warn', 'on-uncertain defaults to warn')
  const below = gate(100)
  assert.equal(below.budgets[0]!.certainty, 'below')
  assert.match(explainVerdict(below), /below the budget even at the high end/)
  assert.equal(below.verdict, 'pass')
})

test('on-uncertain: fail fails only the straddling case', () => {
  for (const onExceed of ['fail', 'warn'] as const) {
    for (const limit of [50, 100]) {
      assert.equal(
        gate(limit, 'fail', onExceed).verdict,
        gate(limit, 'warn', onExceed).verdict,
        `${limit} kg, on-exceed ${onExceed}`,
      )
    }
    assert.equal(gate(75, 'fail', onExceed).verdict, 'fail')
    assert.equal(gate(75, 'warn', onExceed).verdict, 'warn')
  }
  assert.equal(gate(75, 'pass').verdict, 'pass', 'pass: the central value alone decides')
  // Straddling with the central value over the limit: exceeded, so on-exceed decides.
  assert.equal(gate(73, 'pass').verdict, 'fail')
  assert.equal(gate(73, 'pass', 'warn').verdict, 'warn')
})
