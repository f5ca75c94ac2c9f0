import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { Config } from '../../src/config/types.js'
import type { JobRecord } from '../../src/core/types.js'
import { estimateJob } from '../../src/model/estimate-job.js'
import { evaluateGate } from '../../src/run/evaluate-gate.js'
import { BLOOM_TRAINING } from '../support/bloom.js'

const bloom: JobRecord = BLOOM_TRAINING

function near(actual: number, expected: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= Math.abs(expected) * 1e-9,
    `${what}: ${actual} ≠ ${expected}`,
  )
}

test('BLOOM: the range holds 50.5 t; low and high are the bundled table by hand', () => {
  const { estimate } = estimateJob(bloom, 'b', DEFAULT_CONFIG)
  const low = estimate.low!
  const high = estimate.high!
  // Intensity: FRA's figures run from 16.3 (Google europe-west9 2024) to 71 (2022); the
  // measured idle energy is exact. Facility energy 433,196 + 256,646 = 689,842 kWh.
  near(low.operationalKg, (689842 * 16.3) / 1000, 'low operational')
  near(high.operationalKg, (689842 * 71) / 1000, 'high operational')
  // Embodied: A100 43.24–318 kg per GPU, server 1,000–3,476.79 kg, lifetime 3–6 years,
  // utilization 0.85–1; 384 GPUs on 48 servers for 2,820.3 h.
  near(low.embodiedKg, (2820.3 * (384 * 43.24 + 48 * 1000)) / (6 * 8760 * 1), 'low embodied')
  near(high.embodiedKg, (2820.3 * (384 * 318 + 48 * 3476.79)) / (3 * 8760 * 0.85), 'high embodied')
  assert.ok(low.totalKg < 50500 && 50500 < high.totalKg, `${low.totalKg}–${high.totalKg}`)
  assert.ok(low.totalKg <= estimate.totalKg && estimate.totalKg <= high.totalKg)
  const { report } = evaluateGate({
    jobs: [bloom],
    notices: [],
    errors: [],
    config: DEFAULT_CONFIG,
  })
  near(report.totals.low!.totalKg, low.totalKg, 'totals low')
  near(report.totals.high!.totalKg, high.totalKg, 'totals high')
})

test('a figure the user set is exact: intensity, pue and hardware give no spread', () => {
  const config: Config = {
    ...DEFAULT_CONFIG,
    intensity: 100,
    pue: 1.3,
    hardware: {
      ...DEFAULT_CONFIG.hardware,
      gpuEmbodiedKg: 200,
      serverEmbodiedKg: 2000,
      lifetimeYears: 5,
      utilization: 0.9,
    },
  }
  const job: JobRecord = { ...bloom, idleEnergyKWh: undefined, pue: undefined }
  const { estimate } = estimateJob(job, 'b', config)
  near(estimate.low!.totalKg, estimate.totalKg, 'low')
  near(estimate.high!.totalKg, estimate.totalKg, 'high')
})

const arbitraryJob = fc.record({
  itEnergyKWh: fc.double({ min: 0, max: 1e6, noNaN: true }),
  idle: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
  gpuCount: fc.option(fc.integer({ min: 0, max: 1024 }), { nil: undefined }),
  cpuThreads: fc.option(fc.integer({ min: 1, max: 512 }), { nil: undefined }),
  durationHours: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: undefined }),
  gpuModel: fc.option(fc.constantFrom('A100 80GB', 'H100 SXM', 'Tesla T4', 'V100'), {
    nil: undefined,
  }),
  place: fc.constantFrom(
    {},
    { region: 'FRA' },
    { country: 'USA' },
    { cloudProvider: 'gcp', cloudRegion: 'us-central1' },
    { cloudProvider: 'aws', cloudRegion: 'eu-central-1' },
    { cloudProvider: 'azure', cloudRegion: 'westeurope' },
    { region: 'FRA', intensityGPerKWh: 80 },
  ),
  idleMode: fc.boolean(),
})

test('property: every assumption and every total has low ≤ central ≤ high', () => {
  fc.assert(
    fc.property(fc.array(arbitraryJob, { minLength: 1, maxLength: 4 }), (specs) => {
      const jobs: JobRecord[] = specs.map((s, i) => ({
        name: `j${i}`,
        source: { path: `j${i}.carbon.json`, format: 'generic' },
        itEnergyKWh: s.itEnergyKWh,
        ...(s.idle !== undefined ? { idleEnergyKWh: s.idle } : {}),
        ...(s.gpuCount !== undefined ? { gpuCount: s.gpuCount } : {}),
        ...(s.cpuThreads !== undefined ? { cpuThreads: s.cpuThreads } : {}),
        ...(s.durationHours !== undefined ? { durationHours: s.durationHours } : {}),
        ...(s.gpuModel !== undefined ? { gpuModel: s.gpuModel } : {}),
        ...s.place,
      }))
      const config: Config = specs[0]!.idleMode
        ? { ...DEFAULT_CONFIG, overhead: { mode: 'idle', idleRatio: 0.5924 } }
        : DEFAULT_CONFIG
      const { report } = evaluateGate({ jobs, notices: [], errors: [], config })
      for (const a of report.assumptions) {
        if (typeof a.value !== 'number') continue
        assert.ok(a.low !== undefined && a.high !== undefined, `${a.name} has no range`)
        assert.ok(a.low <= a.value && a.value <= a.high, `${a.name}: ${a.low} ${a.value} ${a.high}`)
      }
      const slack = (x: number): number => Math.abs(x) * 1e-12
      for (const t of [report.totals, ...report.jobs]) {
        for (const k of ['operationalKg', 'embodiedKg', 'totalKg'] as const) {
          assert.ok(t.low![k] <= t[k] + slack(t[k]), `${k} low`)
          assert.ok(t[k] <= t.high![k] + slack(t[k]), `${k} high`)
        }
      }
    }),
    { numRuns: 200 },
  )
})
