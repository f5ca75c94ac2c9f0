import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { Config } from '../../src/config/types.js'
import type { JobRecord } from '../../src/core/types.js'
import { estimateJob } from '../../src/model/estimate-job.js'
import { evaluateGate } from '../../src/run/evaluate-gate.js'
import { BLOOM_TRAINING } from '../support/bloom.js'

const bloom: JobRecord = BLOOM_TRAINING

test('BLOOM regression anchor: 50.5 t = 24.7 dynamic + 14.6 idle + 11.2 embodied', () => {
  const { estimate } = estimateJob(bloom, 'b', DEFAULT_CONFIG)
  const dynamicKg = (estimate.itEnergyKWh * estimate.intensityGPerKWh) / 1000
  const idleKg = (estimate.overheadKWh * estimate.intensityGPerKWh) / 1000
  assert.ok(Math.abs(estimate.totalKg - 50532) / 50532 < 0.005, `total ${estimate.totalKg}`)
  assert.equal(Math.round(dynamicKg / 100) / 10, 24.7)
  assert.equal(Math.round(idleKg / 100) / 10, 14.6)
  assert.equal(Math.round(estimate.embodiedKg / 100) / 10, 11.2)
  assert.equal(estimate.intensitySource, 'artifact')
  assert.equal(estimate.overheadMode, 'idle')
  assert.equal(estimate.pue, 1)
})

test('BLOOM with gpuHours only (no duration): hours = gpuHours / gpuCount', () => {
  const { durationHours: _drop, ...noDuration } = bloom
  const { estimate } = estimateJob(noDuration, 'b', DEFAULT_CONFIG)
  // 1,082,990 / 384 = 2820.29 h; embodied = 2820.29 × (384 × 150 + 48 × 2500) / 44,676
  const expected = (1082990 / 384) * ((384 * 150 + 48 * 2500) / (6 * 8760 * 0.85))
  assert.ok(Math.abs(estimate.embodiedKg - expected) < 1e-6)
  assert.ok(Math.abs(estimate.embodiedKg - 11211) < 5)
})

test('pue mode: overhead = IT × (pue − 1); input pue beats artifact pue beats provider default', () => {
  const job: JobRecord = {
    name: 'j',
    source: { path: 'e.csv', format: 'codecarbon' },
    itEnergyKWh: 100,
    pue: 1.2,
    intensityGPerKWh: 400,
    durationHours: 10,
    gpuCount: 0,
    cpuThreads: 64,
  }
  const a = estimateJob(job, 'a', DEFAULT_CONFIG).estimate
  assert.equal(a.pue, 1.2)
  assert.ok(Math.abs(a.overheadKWh - 20) < 1e-9)
  assert.ok(Math.abs(a.operationalKg - 48) < 1e-9)
  // CPU-only: 64/128 of a server for 10 h at 2500 / 44,676 kg/h
  assert.ok(Math.abs(a.embodiedKg - 0.5 * 10 * (2500 / 44676)) < 1e-9)
  const b = estimateJob(job, 'b', { ...DEFAULT_CONFIG, pue: 1.5 }).estimate
  assert.equal(b.pue, 1.5)
  assert.ok(Math.abs(b.overheadKWh - 50) < 1e-9)
  const c = estimateJob({ ...job, pue: 1 }, 'c', DEFAULT_CONFIG).estimate
  assert.equal(c.pue, 1.56) // unknown provider: Green Algorithms v3.0 default
  const d = estimateJob(
    { ...job, pue: undefined, cloudProvider: 'gcp' },
    'd',
    DEFAULT_CONFIG,
  ).estimate
  assert.equal(d.pue, 1.12)
})

test('idle mode: overhead = IT × idle ratio, no PUE', () => {
  const config: Config = { ...DEFAULT_CONFIG, overhead: { mode: 'idle', idleRatio: 0.5924 } }
  const job: JobRecord = {
    name: 'j',
    source: { path: 'x.carbon.json', format: 'generic' },
    itEnergyKWh: 1000,
    pue: 1.4,
    intensityGPerKWh: 100,
    durationHours: 1,
    gpuCount: 8,
  }
  const e = estimateJob(job, 'j', config).estimate
  assert.equal(e.overheadMode, 'idle')
  assert.equal(e.pue, 1)
  assert.ok(Math.abs(e.overheadKWh - 592.4) < 1e-9)
  assert.ok(Math.abs(e.operationalKg - 159.24) < 1e-9)
})

test('intensity resolution order: input → region → artifact → cloud/country → world', () => {
  const job: JobRecord = {
    name: 'j',
    source: { path: 'e.csv', format: 'codecarbon' },
    itEnergyKWh: 1,
    intensityGPerKWh: 123,
    country: 'FRA',
    cloudProvider: 'gcp',
    cloudRegion: 'us-central1',
    durationHours: 1,
  }
  assert.equal(
    estimateJob(job, 'j', { ...DEFAULT_CONFIG, intensity: 10, region: 'DEU' }).estimate
      .intensitySource,
    'input',
  )
  const r = estimateJob(job, 'j', { ...DEFAULT_CONFIG, region: 'FR' }).estimate
  assert.equal(r.intensitySource, 'region')
  assert.equal(r.intensityGPerKWh, 56.04)
  assert.equal(estimateJob(job, 'j', DEFAULT_CONFIG).estimate.intensityGPerKWh, 123)
  const { intensityGPerKWh: _i, ...noOwn } = job
  const cloud = estimateJob(noOwn, 'j', DEFAULT_CONFIG).estimate
  assert.equal(cloud.intensitySource, 'dataset')
  assert.equal(cloud.intensityGPerKWh, 430)
  const { cloudProvider: _p, cloudRegion: _r, ...countryOnly } = noOwn
  assert.equal(estimateJob(countryOnly, 'j', DEFAULT_CONFIG).estimate.intensityGPerKWh, 56.04)
  const { country: _c, ...nothing } = countryOnly
  const world = estimateJob(nothing, 'j', DEFAULT_CONFIG).estimate
  assert.equal(world.intensitySource, 'default')
  assert.equal(world.intensityGPerKWh, 475)
})

test('per-model GPU embodied override matches the model case-insensitively', () => {
  const config: Config = {
    ...DEFAULT_CONFIG,
    hardware: { ...DEFAULT_CONFIG.hardware, gpus: { h100: { embodiedKg: 164 } } },
  }
  const job: JobRecord = {
    name: 'h',
    source: { path: 'p.csv', format: 'nvidia-smi' },
    itEnergyKWh: 0,
    gpuCount: 8,
    gpuModel: 'NVIDIA H100 80GB HBM3',
    durationHours: 1,
  }
  const e = estimateJob(job, 'h', config).estimate
  assert.ok(Math.abs(e.embodiedKg - (8 * 164 + 1 * 2500) / 44676) < 1e-9)
})

test('the gate: budgets, verdicts, nothing found is an error, additivity', () => {
  const job = (kwh: number): JobRecord => ({
    name: `j${kwh}`,
    source: { path: `j${kwh}.carbon.json`, format: 'generic' },
    itEnergyKWh: kwh,
    intensityGPerKWh: 1000,
    pue: 1.0001,
    durationHours: 0,
    gpuCount: 1,
  })
  const base: Config = { ...DEFAULT_CONFIG, pue: 1, budgetKg: 25 }
  const pass = evaluateGate({
    jobs: [job(10), job(10)],
    notices: [],
    errors: [],
    config: base,
  }).report
  assert.equal(pass.verdict, 'pass')
  assert.ok(Math.abs(pass.totals.totalKg - 20) < 1e-9)
  assert.equal(pass.jobs.length, 2)
  const over = evaluateGate({ jobs: [job(30)], notices: [], errors: [], config: base }).report
  assert.equal(over.verdict, 'fail')
  assert.equal(over.budgets[0]?.exceeded, true)
  const warn = evaluateGate({
    jobs: [job(30)],
    notices: [],
    errors: [],
    config: { ...base, onExceed: 'warn' },
  }).report
  assert.equal(warn.verdict, 'warn')
  const none = evaluateGate({ jobs: [], notices: [], errors: [], config: base }).report
  assert.equal(none.verdict, 'fail')
  assert.equal(none.errors.length, 1)
  const inc = evaluateGate({
    jobs: [job(12)],
    notices: [],
    errors: [],
    config: { ...base, maxIncreasePercent: 10 },
    baseline: { totalKg: 10 },
  })
  assert.ok(Math.abs(inc.report.baseline!.deltaPercent - 20) < 1e-9)
  assert.equal(inc.report.verdict, 'warn') // on-increase defaults to warn
  assert.ok(Math.abs(inc.budgetUsed! - 2) < 1e-9) // 20 % of a 10 % allowance
})
