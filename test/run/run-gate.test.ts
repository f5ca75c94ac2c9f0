import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { Config } from '../../src/config/types.js'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { NO_JOB_ERROR } from '../../src/run/evaluate-gate.js'
import { type GatePorts, runGate } from '../../src/run/run-gate.js'
import { describeOutcome, exitCodeFor } from '../../src/run/verdict-line.js'
import { readMemoryFiles } from './read-memory.js'

const ROOT = join(import.meta.dirname, '../..')
const BLOOM = readFileSync(join(ROOT, 'examples/generic/bloom-176b-training.carbon.json'))

const config = (over: Partial<Config> = {}): Config => ({ ...DEFAULT_CONFIG, ...over })

describe('runGate', () => {
  it('BLOOM through read → gate is 50,532 kg ± 0.5 %', async () => {
    const seen: ReadOptions[] = []
    const ports: GatePorts = { readJobs: readMemoryFiles({ 'bloom.carbon.json': BLOOM }, seen) }
    const run = await runGate(ports, { config: config({ timezone: 'Europe/Paris' }) })
    assert.ok(Math.abs(run.report.totals.totalKg - 50532) / 50532 < 0.005)
    assert.equal(run.report.verdict, 'pass')
    assert.equal(run.budgetUsed, undefined)
    assert.deepEqual(seen, [{ timezone: 'Europe/Paris', maxGapSeconds: 60 }])
    assert.deepEqual(run.history.points, [])
  })

  it('compares with the history port and counts the month so far', async () => {
    const ports: GatePorts = {
      readJobs: readMemoryFiles({ 'bloom.carbon.json': BLOOM }),
      readHistory: () =>
        Promise.resolve({
          baseline: { totalKg: 50_000, sha: 'a'.repeat(40) },
          monthBeforeKg: 100_000,
          points: [{ sha: 'a'.repeat(40), date: '2026-01-01T00:00:00Z', totalKg: 50_000 }],
          warnings: ['from the history'],
        }),
    }
    const run = await runGate(ports, {
      config: config({ maxIncreasePercent: 10, monthlyBudgetKg: 120_000 }),
    })
    assert.equal(run.report.baseline?.sha, 'a'.repeat(40))
    assert.ok(run.report.baseline.deltaPercent > 1 && run.report.baseline.deltaPercent < 1.1)
    const monthly = run.report.budgets.find((b) => b.kind === 'monthly')!
    assert.ok(monthly.exceeded)
    assert.equal(run.report.verdict, 'fail')
    assert.ok(run.report.warnings.includes('from the history'))
    assert.equal(run.history.points.length, 1)
    assert.equal(exitCodeFor(run.report), 1)
  })

  it('errors found before the run come first; a gate never passes on nothing', async () => {
    const empty = await runGate({ readJobs: readMemoryFiles({}) }, { config: config() })
    assert.deepEqual(empty.report.errors, [NO_JOB_ERROR])
    const bad = await runGate(
      {
        readJobs: readMemoryFiles({
          'x.carbon.json': '{"carbonGate": 1, "jobs": [{"name": "x", "energyKWh": -1}]}',
        }),
      },
      { config: config(), errors: ["input 'budget': bad"] },
    )
    assert.equal(bad.report.errors[0], "input 'budget': bad")
    assert.match(bad.report.errors[1]!, /^x\.carbon\.json:1: /)
    assert.equal(describeOutcome(bad.report).exitCode, 2)
  })
})

describe('describeOutcome: one closing line from the report’s own explanation', () => {
  it('fail, warn and pass', async () => {
    const readJobs = readMemoryFiles({ 'bloom.carbon.json': BLOOM })
    const fail = await runGate({ readJobs }, { config: config({ budgetKg: 25 }) })
    assert.deepEqual(describeOutcome(fail.report), {
      exitCode: 1,
      line: {
        level: 'failure',
        text: 'carbon-gate: over budget: over the 25.0 kg run budget (202,130 %), exceeds the budget even at the low end; total 50.5 t (14.7–85.5) CO2e',
      },
    })
    const warn = await runGate({ readJobs }, { config: config({ budgetKg: 25, onExceed: 'warn' }) })
    assert.equal(describeOutcome(warn.report).line?.level, 'warning')
    assert.match(
      describeOutcome(warn.report).line!.text,
      /^carbon-gate: warning: over the 25\.0 kg/,
    )
    // BLOOM's range is 14.7–85.5 t: 60 t would lie within it and warn by default (on-uncertain).
    const pass = await runGate({ readJobs }, { config: config({ budgetKg: 100_000 }) })
    assert.deepEqual(describeOutcome(pass.report), {
      exitCode: 0,
      line: {
        level: 'info',
        text: 'carbon-gate: pass: 51 % of the 100 t run budget, below the budget even at the high end; total 50.5 t (14.7–85.5) CO2e',
      },
    })
  })
})
