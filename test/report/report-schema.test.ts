/**
 * schema/report.schema.json against the reports the core builds: the renderers' sample reports,
 * and evaluateGate over arbitrary jobs, settings, baselines and problems. (The reports the built
 * CLI and action write are checked on every run by test/e2e/run-dist.ts.)
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import schema from '../../schema/report.schema.json' with { type: 'json' }
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { Config } from '../../src/config/types.js'
import { FORMAT_IDS } from '../../src/core/types.js'
import type { JobRecord } from '../../src/core/types.js'
import { evaluateGate } from '../../src/run/evaluate-gate.js'
import { assertValidReport, reportSchemaErrors } from '../support/report-schema.js'
import { GOLDEN_SAMPLES, runSample } from './golden-samples.js'
import {
  BLOOM_REPORT,
  FIRST_RUN_REPORT,
  HOSTILE_REPORT,
  MIXED_REPORT,
  makeManyJobsReport,
} from './sample-reports.js'

const roundTrip = (x: unknown): unknown => JSON.parse(JSON.stringify(x))
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined })
const finite = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true })

const jobArb: fc.Arbitrary<JobRecord> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 12 }),
    format: fc.constantFrom(...FORMAT_IDS),
    line: opt(fc.integer({ min: 1, max: 1e6 })),
    itEnergyKWh: finite(0, 1e6),
    idleEnergyKWh: opt(finite(0, 1e6)),
    pue: opt(finite(1, 3)),
    intensityGPerKWh: opt(finite(0, 2000)),
    startedAt: opt(fc.constantFrom('2024-05-31T10:39:13Z', '2023-01-02T03:04:05.678+02:00')),
    durationHours: opt(finite(0, 1e4)),
    gpuCount: opt(fc.integer({ min: 0, max: 1024 })),
    gpuHours: opt(finite(0, 1e7)),
    gpuModel: opt(fc.constantFrom('A100 80GB', 'H100', 'RTX 4090')),
    cpuThreads: opt(fc.integer({ min: 1, max: 512 })),
    region: opt(fc.constantFrom('FRA', 'DE', 'USA', 'gcp:us-central1')),
    cloudProvider: opt(fc.constantFrom('aws', 'gcp', 'azure')),
  })
  .map(({ format, line, ...r }) => {
    const entries = Object.entries(r).filter(([, v]) => v !== undefined)
    return {
      ...Object.fromEntries(entries),
      source: { path: `runs/${r.name}`, format, ...(line !== undefined ? { line } : {}) },
    } as JobRecord
  })

const configArb: fc.Arbitrary<Config> = fc
  .record({
    budgetKg: opt(finite(0, 1e5)),
    maxIncreasePercent: opt(finite(0, 500)),
    monthlyBudgetKg: opt(finite(0, 1e6)),
    onExceed: fc.constantFrom('fail', 'warn'),
    onIncrease: fc.constantFrom('fail', 'warn'),
    intensity: opt(finite(0, 1500)),
    idle: fc.boolean(),
  })
  .map(({ idle, ...r }) => ({
    ...DEFAULT_CONFIG,
    ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
    overhead: { mode: idle ? 'idle' : 'pue', idleRatio: 0.5924 },
  }))

describe('schema/report.schema.json', () => {
  it('accepts every golden sample and sample report the renderers use', async () => {
    for (const s of GOLDEN_SAMPLES) assertValidReport(roundTrip((await runSample(s)).report), s.id)
    for (const r of [BLOOM_REPORT, MIXED_REPORT, FIRST_RUN_REPORT, HOSTILE_REPORT]) {
      assertValidReport(roundTrip(r), 'hand-built sample')
    }
    assertValidReport(roundTrip(makeManyJobsReport(60, true)), 'many hostile jobs')
  })

  it('accepts what evaluateGate builds from arbitrary jobs, settings, baselines and problems', () => {
    fc.assert(
      fc.property(
        fc.array(jobArb, { maxLength: 5 }),
        configArb,
        opt(
          fc.record({
            totalKg: finite(0, 1e5),
            sha: opt(fc.constantFrom('0f1e2d3', 'b'.repeat(40))),
          }),
        ),
        opt(finite(0, 1e5)),
        fc.array(fc.string(), { maxLength: 2 }),
        (jobs, config, base, monthBeforeKg, errors) => {
          const baseline =
            base === undefined
              ? null
              : { totalKg: base.totalKg, ...(base.sha !== undefined ? { sha: base.sha } : {}) }
          const { report } = evaluateGate({
            jobs,
            notices: [{ path: 'runs/x.csv', line: 3, message: 'row skipped' }],
            errors,
            config,
            baseline,
            ...(monthBeforeKg !== undefined ? { monthBeforeKg } : {}),
          })
          assert.deepEqual(reportSchemaErrors(roundTrip(report)), [])
        },
      ),
      { numRuns: 300, seed: 20261201 },
    )
  })

  it('rejects what is not a report: a missing field, an unknown one, a value out of its enum', () => {
    const good = roundTrip(BLOOM_REPORT) as Record<string, unknown>
    const { verdict: _verdict, ...noVerdict } = good
    assert.notDeepEqual(reportSchemaErrors(noVerdict), [])
    assert.notDeepEqual(reportSchemaErrors({ ...good, extra: 1 }), [])
    assert.notDeepEqual(reportSchemaErrors({ ...good, verdict: 'ok' }), [])
    const jobs = good.jobs as Record<string, unknown>[]
    const badJob = { ...jobs[0]!, source: { path: 'x', format: 'csv' } }
    assert.notDeepEqual(reportSchemaErrors({ ...good, jobs: [badJob] }), [])
  })

  it("names the core's format ids, no more and no fewer", () => {
    const formats = schema.definitions.source.properties.format.enum
    assert.deepEqual([...formats].sort(), [...FORMAT_IDS].sort())
  })
})
